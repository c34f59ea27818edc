import type { Policy } from '@cors-playground/engine';
import { jsLiteral } from './jsLiteral.ts';
import { nodeCorsConfig } from './nodeCorsConfig.ts';
import { policyExportResult, type PolicyExport } from './policyExport.ts';
import { policyRules } from './policyRules.ts';

/** Fastify + `@fastify/cors` plugin code for a policy. */
export function fastifyExport(policy: Policy): PolicyExport {
  const { config, differences } = nodeCorsConfig(policy, 'fastify');
  const lines = ['// npm install @fastify/cors', "import cors from '@fastify/cors';", ''];
  if (config.byPath.length === 0) {
    lines.push(`await fastify.register(cors, ${jsLiteral(config.options)});`);
  } else {
    if (policyRules(policy).some((e) => e.rule.enabled && e.rule.origin.mode === 'any')) {
      differences.push({
        aspect: 'vary',
        message:
          '@fastify/cors adds Vary: Origin to every response when options come from a delegator, even where the origin is `*`.',
      });
    }
    lines.push(
      `const corsOptions = ${jsLiteral(config.options)};`,
      '',
      '// First matching path wins, like the playground policy; other paths use corsOptions.',
      `const corsOptionsByPath = ${jsLiteral(config.byPath.map((p) => [p.path, p.options]))};`,
      '',
      'await fastify.register(cors, {',
      '  delegator: (req, callback) => {',
      "    const path = req.url.split('?')[0];",
      '    const hit = corsOptionsByPath.find(([pattern]) => pattern.test(path));',
      '    callback(null, hit ? hit[1] : corsOptions);',
      '  },',
      '});',
    );
  }
  return policyExportResult('fastify', 'javascript', `${lines.join('\n')}\n`, differences);
}
