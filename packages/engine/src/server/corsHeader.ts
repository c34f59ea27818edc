import type { CorsRule } from '../policy/policySchema.ts';
import { headerListIsValue } from '../http/headerList.ts';
import { httpTokenIs } from '../http/httpToken.ts';

/** What every CORS header decision may depend on. */
export interface CorsHeaderContext {
  rule: CorsRule;
  branch: 'preflight' | 'actual';
  /** The request's `Origin`, or null when it sent none. */
  origin: string | null;
  /** Whether the origin passed the policy (false when there is no Origin, except for `any`). */
  originAllowed: boolean;
  /** `Access-Control-Request-Method` on a preflight, else null. */
  requestMethod: string | null;
  /** `Access-Control-Request-Headers` on a preflight, else null. */
  requestHeaders: string | null;
}

/**
 * One function per CORS response header, each returning the value to send or null for "omit". They
 * only compute values; `corsRespond` decides which apply to a branch and writes them in one place.
 */
export const corsHeader = {
  /** `Access-Control-Allow-Origin`: `*`, or the request's own origin echoed back. */
  allowOrigin(ctx: CorsHeaderContext): string | null {
    if (ctx.rule.origin.mode === 'any') return '*';
    if (!ctx.originAllowed || ctx.origin === null) return null;
    // Echo only what can be sent back verbatim: a hostile Origin must not inject a header.
    return headerListIsValue(ctx.origin) ? ctx.origin : null;
  },

  /** `Access-Control-Allow-Credentials`: only ever `true`; browsers treat anything else as absent. */
  allowCredentials(ctx: CorsHeaderContext): string | null {
    return ctx.rule.credentials ? 'true' : null;
  },

  /** `Access-Control-Allow-Methods` (preflight): the list, or the requested method echoed. */
  allowMethods(ctx: CorsHeaderContext): string | null {
    const methods = ctx.rule.allowMethods;
    if (methods.mode === 'list') return methods.values.length > 0 ? methods.values.join(',') : null;
    const requested = ctx.requestMethod;
    return requested !== null && httpTokenIs(requested) ? requested : null;
  },

  /** `Access-Control-Allow-Headers` (preflight): the list, or the requested headers echoed. */
  allowHeaders(ctx: CorsHeaderContext): string | null {
    const headers = ctx.rule.allowHeaders;
    if (headers.mode === 'list') return headers.values.length > 0 ? headers.values.join(',') : null;
    const requested = ctx.requestHeaders;
    return requested !== null && requested !== '' && headerListIsValue(requested) ? requested : null;
  },

  /** `Access-Control-Expose-Headers` (actual response): which response headers scripts may read. */
  exposeHeaders(ctx: CorsHeaderContext): string | null {
    const exposed = ctx.rule.exposeHeaders;
    return exposed.length > 0 ? exposed.join(',') : null;
  },

  /** `Access-Control-Max-Age` (preflight): seconds a browser may cache this preflight. */
  maxAge(ctx: CorsHeaderContext): string | null {
    return ctx.rule.maxAge === null ? null : String(ctx.rule.maxAge);
  },

  /**
   * `Vary`: `Origin` whenever the answer depends on the request's origin (anything but `*`), so shared
   * caches do not serve one origin's grant to another; on a preflight also the request headers/method
   * that were reflected, as Express `cors` does.
   */
  vary(ctx: CorsHeaderContext): string | null {
    const parts: string[] = [];
    if (ctx.rule.varyOrigin && ctx.rule.origin.mode !== 'any') parts.push('Origin');
    if (ctx.branch === 'preflight') {
      if (ctx.rule.allowMethods.mode === 'reflect') parts.push('Access-Control-Request-Method');
      if (ctx.rule.allowHeaders.mode === 'reflect') parts.push('Access-Control-Request-Headers');
    }
    return parts.length > 0 ? parts.join(', ') : null;
  },
};
