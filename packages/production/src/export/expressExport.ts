import type { Policy } from '@cors-playground/engine';
import { jsLiteral } from './jsLiteral.ts';
import { nodeCorsConfig } from './nodeCorsConfig.ts';
import { policyExportResult, type PolicyExport } from './policyExport.ts';

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
