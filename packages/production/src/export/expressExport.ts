import type { Policy } from '@cors-playground/engine';
import { jsLiteral } from './jsLiteral.ts';
import { nodeCorsConfig, type NodeCorsConfig } from './nodeCorsConfig.ts';
import { policyExportResult, type PolicyExport } from './policyExport.ts';

/** What `cors(...)` is called with: an options object, or a per-request delegate for per-path rules. */
export type ExpressCorsArgument =
  | NodeCorsConfig['options']
  | ((req: { path: string }, callback: (err: null, options: NodeCorsConfig['options']) => void) => void);

/** The exact value the exported Express code passes to `cors(...)`, for running it in tests. */
export function expressCorsArgument(policy: Policy): ExpressCorsArgument {
  const { config } = nodeCorsConfig(policy, 'express');
  if (config.byPath.length === 0) return config.options;
  return (req, callback) => {
    const hit = config.byPath.find((p) => p.path.test(req.path));
    callback(null, hit ? hit.options : config.options);
  };
}

/** Express + `cors` middleware code for a policy. */
export function expressExport(policy: Policy): PolicyExport {
  const { config, differences } = nodeCorsConfig(policy, 'express');
  const lines = [
    '// npm install cors',
    "import cors from 'cors';",
    '',
    `const corsOptions = ${jsLiteral(config.options)};`,
    '',
  ];
  if (config.byPath.length === 0) {
    lines.push('app.use(cors(corsOptions));');
  } else {
    lines.push(
      '// First matching path wins, like the playground policy; other paths use corsOptions.',
      `const corsOptionsByPath = ${jsLiteral(config.byPath.map((p) => [p.path, p.options]))};`,
      '',
      'app.use(',
      '  cors((req, callback) => {',
      '    const hit = corsOptionsByPath.find(([path]) => path.test(req.path));',
      '    callback(null, hit ? hit[1] : corsOptions);',
      '  }),',
      ');',
    );
  }
  return policyExportResult('express', 'javascript', `${lines.join('\n')}\n`, differences);
}
