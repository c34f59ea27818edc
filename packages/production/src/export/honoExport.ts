import type { CorsRule, Policy } from '@cors-playground/engine';
import { jsCorsPolicy, jsCorsPolicyOptions, type JsCorsTarget } from './jsCorsPolicy.ts';
import { JsCode, type JsValue } from './jsLiteral.ts';
import { middlewareDifferences } from './middlewareDifferences.ts';
import type { ExportDifference, PolicyExport } from './policyExport.ts';

const name = 'hono/cors';

const honoTarget: JsCorsTarget = {
  target: 'hono',
  name,
  imports: ["import { cors } from 'hono/cors';"],
  pathCode: 'c.req.path',
  params: 'c, next',
  options: honoOptions,
};

/**
 * Hono + `hono/cors` code for a policy. hono/cors takes `*`, exact origins, or a function of the
 * Origin; lists with patterns and reflection are functions returning the origin to allow (null for none).
 */
export function honoExport(policy: Policy): PolicyExport {
  return jsCorsPolicy(policy, honoTarget);
}

function honoOptions(
  rule: CorsRule,
  list: JsCode | null,
  differences: ExportDifference[],
): Record<string, JsValue> {
  const options: Record<string, JsValue> = {};
  if (rule.origin.mode === 'any') options.origin = '*';
  else if (rule.origin.mode === 'reflect') options.origin = new JsCode('(origin) => origin || null');
  else options.origin = new JsCode(`(origin) => (originAllowed(${list!.code}, origin) ? origin : null)`);
  if (rule.credentials) options.credentials = true;
  options.allowMethods =
    rule.allowMethods.mode === 'list'
      ? rule.allowMethods.values
      : new JsCode("(origin, c) => [c.req.header('Access-Control-Request-Method') ?? '']");
  jsCorsPolicyOptions(rule, name, 'OPTIONS request', options, differences);
  if (rule.maxAge !== null) options.maxAge = rule.maxAge;
  if (
    rule.allowMethods.mode === 'reflect' ||
    rule.allowHeaders.mode === 'reflect' ||
    (rule.allowHeaders.mode === 'list' && rule.allowHeaders.values.length > 0) ||
    (!rule.varyOrigin && rule.origin.mode !== 'any')
  ) {
    differences.push({
      aspect: 'vary',
      message: `${name} adds Vary: Access-Control-Request-Headers to a preflight only when it sends Access-Control-Allow-Headers, never Vary: Access-Control-Request-Method, and always Vary: Origin unless the origin is *.`,
    });
  }
  if (rule.credentials || rule.exposeHeaders.length > 0 || rule.origin.mode === 'list') {
    differences.push({
      aspect: 'extraHeaders',
      message: `${name} sends Access-Control-Allow-Credentials and -Expose-Headers to every request, allowed or not, preflights included, and -Allow-Methods, -Allow-Headers and -Max-Age to every preflight; browsers ignore them there.`,
    });
  }
  differences.push(...middlewareDifferences(name, rule, 'route'));
  return options;
}
