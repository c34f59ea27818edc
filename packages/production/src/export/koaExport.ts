import type { CorsRule, Policy } from '@cors-playground/engine';
import { jsCorsPolicy, jsCorsPolicyOptions, type JsCorsTarget } from './jsCorsPolicy.ts';
import { JsCode, type JsValue } from './jsLiteral.ts';
import { middlewareDifferences } from './middlewareDifferences.ts';
import type { ExportDifference, PolicyExport } from './policyExport.ts';

const name = '@koa/cors';

/** @koa/cors's own method list, sent when the policy reflects the requested method. */
const koaDefaultMethods = 'GET,HEAD,PUT,POST,DELETE,PATCH';

const koaTarget: JsCorsTarget = {
  target: 'koa',
  name,
  imports: ['// npm install @koa/cors', "import cors from '@koa/cors';"],
  pathCode: 'ctx.path',
  params: 'ctx, next',
  options: koaOptions,
};

/**
 * Koa + `@koa/cors` code for a policy. @koa/cors takes one origin string or a function of the context,
 * so every policy but "any origin" is a function returning the origin to allow ('' for none).
 */
export function koaExport(policy: Policy): PolicyExport {
  return jsCorsPolicy(policy, koaTarget);
}

function koaOptions(
  rule: CorsRule,
  list: JsCode | null,
  differences: ExportDifference[],
): Record<string, JsValue> {
  const options: Record<string, JsValue> = {};
  if (rule.origin.mode === 'any') {
    options.origin = '*';
    if (rule.credentials) {
      differences.push({
        aspect: 'origin',
        message: `With credentials, ${name} echoes the request's Origin where the playground sends * — browsers will ALLOW credentialed requests the playground's policy lets them refuse.`,
      });
    }
    differences.push({ aspect: 'vary', message: `${name} always adds Vary: Origin, even with *.` });
  } else if (rule.origin.mode === 'reflect') {
    options.origin = new JsCode("(ctx) => ctx.get('Origin')");
  } else {
    options.origin = new JsCode(
      `(ctx) => (originAllowed(${list!.code}, ctx.get('Origin')) ? ctx.get('Origin') : '')`,
    );
    differences.push({
      aspect: 'preflight',
      message: `${name} passes a preflight from a disallowed origin on to your routes (a 404 where none answers OPTIONS) instead of answering it without CORS headers; the browser blocks either way.`,
    });
  }
  if (rule.credentials) options.credentials = true;
  if (rule.allowMethods.mode === 'list') {
    options.allowMethods = rule.allowMethods.values;
  } else {
    differences.push({
      aspect: 'methods',
      message: `${name} cannot reflect Access-Control-Request-Method: it sends its default list (${koaDefaultMethods}).`,
    });
  }
  jsCorsPolicyOptions(rule, name, 'preflight', options, differences);
  // @koa/cors skips a falsy maxAge: the string '0' is sent.
  if (rule.maxAge !== null) options.maxAge = rule.maxAge === 0 ? '0' : rule.maxAge;
  if (rule.allowMethods.mode === 'reflect' || rule.allowHeaders.mode === 'reflect' || !rule.varyOrigin) {
    differences.push({
      aspect: 'vary',
      message: `${name} always sends Vary: Origin and nothing else: never Access-Control-Request-Method or -Headers.`,
    });
  }
  differences.push(...middlewareDifferences(name, rule, 'route'));
  return options;
}
