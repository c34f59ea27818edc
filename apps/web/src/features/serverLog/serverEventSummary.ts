import type { LabEvent } from '@cors-playground/protocol';
import { headerListGet } from '@cors-playground/engine';

/** One server-log row's facts, beyond method, path and status. */
export interface ServerEventSummary {
  /** A Cookie header arrived with the request. */
  cookie: boolean;
  /** Every `Access-Control-*` and `Vary` header the server sent, as `name: value`. */
  corsHeaders: string[];
  /** Whether a page at the request's Origin may read the answer, as the browser would decide it. */
  readable: 'yes' | 'no' | 'not-cors' | 'preflight';
  /** Why not, in a few words, when `readable` is `no`. */
  why: string | null;
}

/**
 * What a server-log row must say to be useful: did a cookie arrive, which CORS headers went out, and
 * could the page read the answer. The last is judged from the headers alone; a Cookie that arrived
 * stands for a credentialed request (a cross-origin fetch sends one only with credentials: 'include').
 */
export function serverEventSummary(event: LabEvent): ServerEventSummary {
  const cookie = headerListGet(event.requestHeaders, 'Cookie') !== null;
  const corsHeaders = event.responseHeaders
    .filter(([name]) => /^(access-control-|vary$)/i.test(name))
    .map(([name, value]) => `${name}: ${value}`);
  const base = { cookie, corsHeaders, why: null };
  if (event.kind === 'preflight') return { ...base, readable: 'preflight' };
  if (event.origin === null) return { ...base, readable: 'not-cors' };
  const acao = headerListGet(event.responseHeaders, 'Access-Control-Allow-Origin');
  const acac = headerListGet(event.responseHeaders, 'Access-Control-Allow-Credentials');
  const no = (why: string): ServerEventSummary => ({ ...base, readable: 'no', why });
  if (acao === null) return no('no Access-Control-Allow-Origin');
  if (acao === '*')
    return cookie ? no('* does not cover a request with cookies') : { ...base, readable: 'yes' };
  if (acao !== event.origin) return no(`Access-Control-Allow-Origin names ${acao}`);
  if (cookie && acac !== 'true') return no('cookies sent, but no Access-Control-Allow-Credentials: true');
  return { ...base, readable: 'yes' };
}
