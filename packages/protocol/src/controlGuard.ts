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
  /**
   * Which machines may connect: `loopback` (this machine only: `Origin` and `Host` prove nothing about
   * a client that is not a browser, so off loopback only a credential could) or `any` (a workshop,
   * where every sandbox needs its participant's or the instructor's credential). Default `loopback`.
   */
  remote?: 'loopback' | 'any';
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

/**
 * Whether a socket's remote address is this machine: 127.0.0.0/8, `::1`, or either written as an
 * IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, what a dual-stack `0.0.0.0`/`::` listener reports).
 */
export function controlGuardIsLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ipv4 = address.toLowerCase().replace(/^::ffff:/, '');
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4) || ipv4 === '::1' || ipv4 === '0:0:0:0:0:0:0:1';
}

/**
 * Decides whether the machine a request comes from may use the control plane at all, before any
 * header is looked at. `isLoopback` is `controlGuardIsLoopback` unless a test needs another machine.
 */
export function controlGuardRemoteCheck(
  remoteAddress: string | undefined,
  options: Pick<ControlGuardOptions, 'remote'>,
  isLoopback: (address: string | undefined) => boolean = controlGuardIsLoopback,
): ControlGuardVerdict {
  if ((options.remote ?? 'loopback') === 'any' || isLoopback(remoteAddress)) return { ok: true };
  return {
    ok: false,
    status: 403,
    reason:
      `The control plane answers only this machine, and ${remoteAddress ?? 'this client'} is another one. ` +
      'To let other machines in, run a workshop (--workshop): each participant then gets a sandbox of ' +
      'their own and a credential for it.',
  };
}
