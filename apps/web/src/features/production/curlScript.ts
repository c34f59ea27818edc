import { headerListGet, type ScriptedResponse } from '@cors-playground/engine';
import type { CurlResponse } from '@cors-playground/production';

/** What a pasted response is taken to answer. */
export type CurlRole = 'preflight' | 'actual' | 'redirect';

export interface CurlAssignment {
  /** Index in the pasted responses. */
  index: number;
  response: CurlResponse;
  role: CurlRole;
  /** `METHOD absolute-URL` of the request it answers; null when it answers none (left over). */
  key: string | null;
}

export interface CurlScript {
  script: Record<string, ScriptedResponse>;
  assignments: CurlAssignment[];
  /** Keys answered by a copy of the preflight response (preflights of redirect targets). */
  assumed: string[];
}

export interface CurlScriptRequest {
  /** As fetch normalizes it (`requestPrepareMethod`). */
  method: string;
  /** Serialized absolute URL (`new URL(url).href`). */
  url: string;
  /** Whether the browser sends a preflight for this request (from a dry run of the simulator). */
  preflightNeeded: boolean;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function curlIsRedirect(response: CurlResponse): boolean {
  return redirectStatuses.has(response.status) && headerListGet(response.headers, 'location') !== null;
}

/** Preflight answers carry headers an actual response rarely does. */
export function curlLooksLikePreflight(response: CurlResponse): boolean {
  return ['access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age'].some(
    (name) => headerListGet(response.headers, name) !== null,
  );
}

/** Which pasted response, if any, is the preflight's answer (always the first one pasted). */
function curlPreflightFirst(request: CurlScriptRequest, responses: CurlResponse[]): boolean {
  const first = responses[0];
  if (!first) return false;
  if (request.preflightNeeded) {
    // `curl -i -L` of the actual request alone starts with a redirect or an ordinary answer.
    return responses.length >= 2 || curlLooksLikePreflight(first) || (first.status === 204 && !first.body);
  }
  // A preflight pasted for a request that needs none is kept visible as "not used".
  return responses.length >= 2 && curlLooksLikePreflight(first) && !curlIsRedirect(first);
}

/** The method fetch uses after a redirect (https://fetch.spec.whatwg.org/#http-redirect-fetch step 12). */
function curlRedirectMethod(method: string, status: number): string {
  if (status === 303 && method !== 'GET' && method !== 'HEAD') return 'GET';
  if ((status === 301 || status === 302) && method === 'POST') return 'GET';
  return method;
}

function curlScripted(response: CurlResponse): ScriptedResponse {
  return { status: response.status, headers: response.headers, body: response.body ?? undefined };
}

/**
 * Turns pasted `curl -i` responses into a script for `serverFromScript`: the preflight's answer first
 * (when pasted), then the actual request's answer and, with `-L`, each redirect hop in order. A hop
 * that needs its own preflight is assumed to answer it like the first URL did, since `curl -L` of the
 * actual request cannot show those.
 */
export function curlScriptBuild(request: CurlScriptRequest, responses: CurlResponse[]): CurlScript {
  const script: Record<string, ScriptedResponse> = {};
  const assignments: CurlAssignment[] = [];
  const assumed: string[] = [];
  let rest = responses.map((response, index) => ({ response, index }));
  let preflight: CurlResponse | null = null;
  if (curlPreflightFirst(request, responses) && rest[0]) {
    preflight = rest[0].response;
    const key = `OPTIONS ${request.url}`;
    script[key] = curlScripted(preflight);
    assignments.push({ index: 0, response: preflight, role: 'preflight', key });
    rest = rest.slice(1);
  }
  let method = request.method;
  let url: string | null = request.url;
  for (const { response, index } of rest) {
    if (url === null) {
      assignments.push({ index, response, role: 'actual', key: null });
      continue;
    }
    const key = `${method} ${url}`;
    const redirect = curlIsRedirect(response);
    assignments.push({ index, response, role: redirect ? 'redirect' : 'actual', key });
    script[key] ??= curlScripted(response);
    if (!redirect) {
      url = null;
      continue;
    }
    try {
      url = new URL(headerListGet(response.headers, 'location') ?? '', url).href;
    } catch {
      url = null;
      continue;
    }
    method = curlRedirectMethod(method, response.status);
    const hopPreflight = `OPTIONS ${url}`;
    if (preflight && !(hopPreflight in script)) {
      script[hopPreflight] = curlScripted(preflight);
      assumed.push(hopPreflight);
    }
  }
  return { script, assignments, assumed };
}
