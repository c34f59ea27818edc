/**
 * Decides whether a request may use the control plane (`/control/*` on the app origin).
 *
 * The lab API is deliberately misconfigurable, so the control plane that reconfigures it must be
 * reachable only from the playground app itself (or from tools that send no `Origin`, like curl and
 * the CLI). Browsers attach `Origin` to every cross-origin fetch and to every POST form, and
 * `Sec-Fetch-Site` to every request; checking `Host` defeats DNS rebinding.
 */
export interface ControlGuardRequest {
  method: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
}

export interface ControlGuardOptions {
  /** Origins allowed to call the control plane, e.g. `http://localhost:5173`. */
  allowedOrigins: readonly string[];
  /** `Host` header values the app origin answers to, e.g. `localhost:5173`. */
  allowedHosts: readonly string[];
}

export type ControlGuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

const readMethods = new Set(['GET', 'HEAD']);
const writeMethods = new Set(['PUT']);

export function controlGuardCheck(
  request: ControlGuardRequest,
  options: ControlGuardOptions,
): ControlGuardVerdict {
  const host = request.headers['host']?.toLowerCase();
  if (!host || !options.allowedHosts.includes(host)) {
    return {
      ok: false,
      status: 421,
      reason: `The control plane does not answer to host ${host ?? '(none)'}.`,
    };
  }
  const origin = request.headers['origin'];
  if (origin !== undefined && !options.allowedOrigins.includes(origin)) {
    return { ok: false, status: 403, reason: `The control plane refuses requests from origin ${origin}.` };
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { ok: false, status: 403, reason: `The control plane refuses ${fetchSite} requests.` };
  }
  const method = request.method.toUpperCase();
  if (!readMethods.has(method) && !writeMethods.has(method)) {
    return { ok: false, status: 405, reason: `The control plane does not accept ${method}.` };
  }
  if (writeMethods.has(method)) {
    const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    // A JSON content type can't be sent cross-origin without a preflight, which we never answer.
    if (contentType !== 'application/json') {
      return { ok: false, status: 415, reason: 'The control plane accepts only application/json bodies.' };
    }
  }
  return { ok: true };
}
