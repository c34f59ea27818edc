import type { CorsRule, Policy } from '@cors-playground/engine';
import { JsCode, jsLiteral, type JsValue } from './jsLiteral.ts';
import { nodeCorsOptionsOrigin } from './nodeCorsOptions.ts';
import { nodeCorsConfigPath } from './nodeCorsConfig.ts';
import {
  policyExportResult,
  type ExportDifference,
  type ExportTarget,
  type PolicyExport,
} from './policyExport.ts';
import { policyRules } from './policyRules.ts';

/** How a JavaScript middleware that takes its `origin` as a function is configured per rule. */
export interface JsCorsTarget {
  target: ExportTarget;
  /** The middleware's name in differences. */
  name: string;
  /** The lines above the code: how to install and import the middleware as `cors`. */
  imports: string[];
  /** Its options for an enabled rule, given the list of allowed origins as code (null unless a list). */
  options(rule: CorsRule, list: JsCode | null, differences: ExportDifference[]): Record<string, JsValue>;
  /** The code reading the request's path in a per-path dispatcher (`ctx.path`, `c.req.path`). */
  pathCode: string;
  /** The dispatcher's parameters (`ctx, next`, `c, next`). */
  params: string;
}

/**
 * The helper the exports define when a rule lists origins: @koa/cors and hono/cors take a list of exact
 * origins at most, so patterns need a function, and this is the one it calls.
 */
const originAllowedCode = [
  '// Whether the request Origin is one of `allowed` (exact strings, or RegExps it must match).',
  'const originAllowed = (allowed, origin) =>',
  "  origin !== '' && allowed.some((a) => (typeof a === 'string' ? a === origin : a.test(origin)));",
  '',
];

/** A Koa or Hono export: the imports, then the body `jsCorsPolicyBody` writes. */
export function jsCorsPolicy(policy: Policy, target: JsCorsTarget): PolicyExport {
  const differences: ExportDifference[] = [];
  const code = [...target.imports, '', ...jsCorsPolicyBody(policy, target, differences)].join('\n');
  return policyExportResult(target.target, 'javascript', `${code}\n`, differences);
}

/**
 * The body of a Koa or Hono export (after its imports): `app.use(cors(…))` for a policy without path
 * rules, else a dispatcher trying each path rule's middleware in order (null where CORS is off).
 */
function jsCorsPolicyBody(policy: Policy, target: JsCorsTarget, differences: ExportDifference[]): string[] {
  const rules = policyRules(policy);
  const lines: string[] = [];
  if (rules.every((entry) => !entry.rule.enabled)) {
    return ['// CORS is off: no cors() middleware, so no response carries CORS headers.'];
  }
  if (rules.some((entry) => entry.rule.enabled && entry.rule.origin.mode === 'list')) {
    lines.push(...originAllowedCode);
  }
  // Each rule's origin list is a named constant, so the middleware options stay readable.
  const lists: string[] = [];
  const middleware = (rule: CorsRule): JsValue => {
    if (!rule.enabled) return null;
    let list: JsCode | null = null;
    if (rule.origin.mode === 'list') {
      const listName = lists.length === 0 ? 'allowedOrigins' : `allowedOrigins${lists.length + 1}`;
      lists.push(`const ${listName} = ${jsLiteral(nodeCorsOptionsOrigin(rule, target.name, differences))};`);
      list = new JsCode(listName);
    }
    return new JsCode(`cors(${jsLiteral(target.options(rule, list, differences))})`);
  };
  if (rules.length === 1) {
    const only = jsLiteral(middleware(rules[0]!.rule));
    return [...lines, ...lists, ...(lists.length > 0 ? [''] : []), `app.use(${only});`];
  }
  const byPath: JsValue[] = [];
  let fallback: JsValue = null;
  for (const entry of rules) {
    if (entry.path === null) {
      fallback = middleware(entry.rule);
      continue;
    }
    byPath.push([nodeCorsConfigPath(entry.path, differences), middleware(entry.rule)]);
  }
  const byPathCode = jsLiteral(byPath);
  const fallbackCode = jsLiteral(fallback);
  lines.push(
    ...lists,
    ...(lists.length > 0 ? [''] : []),
    '// First matching path wins, like the playground policy; null where CORS is off.',
    `const corsByPath = ${byPathCode};`,
    `const corsOtherwise = ${fallbackCode};`,
    '',
    `app.use((${target.params}) => {`,
    `  const hit = corsByPath.find(([path]) => path.test(${target.pathCode}));`,
    '  const middleware = hit ? hit[1] : corsOtherwise;',
    '  return middleware ? middleware(' + target.params + ') : next();',
    '});',
  );
  return lines;
}

/**
 * The options @koa/cors and hono/cors share (allowHeaders, exposeHeaders), with what both do alike:
 * an empty header list reflects, and every `answered` (preflight, OPTIONS request) gets 204 from them.
 */
export function jsCorsPolicyOptions(
  rule: CorsRule,
  name: string,
  answered: string,
  options: Record<string, JsValue>,
  differences: ExportDifference[],
): void {
  if (rule.allowHeaders.mode === 'list') {
    options.allowHeaders = rule.allowHeaders.values;
    if (rule.allowHeaders.values.length === 0) {
      differences.push({
        aspect: 'allowHeaders',
        message: `${name} reads an empty allowHeaders as unset and reflects Access-Control-Request-Headers.`,
      });
    }
  }
  if (rule.exposeHeaders.length > 0) options.exposeHeaders = rule.exposeHeaders;
  if (rule.preflight.continue || rule.preflight.status !== 204) {
    const instead = rule.preflight.continue
      ? ', never passing it on to your routes'
      : ` instead of ${rule.preflight.status}`;
    differences.push({
      aspect: 'preflight',
      message: `${name} answers every ${answered} itself with 204${instead}.`,
    });
  }
}
