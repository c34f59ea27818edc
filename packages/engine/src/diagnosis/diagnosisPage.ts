import { corsSafelistMethod, corsSafelistUnsafeNames } from '../browser/corsSafelist.ts';
import { siteSame } from '../cookie/site.ts';
import { headerListGet } from '../http/headerList.ts';
import { urlParse } from '../http/urlParse.ts';
import type { Diagnosis, DiagnosisInput } from './diagnosisTypes.ts';

/** The method names fetch() upper-cases; every other method goes on the wire exactly as written. */
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/**
 * Shapes whose fix belongs to the page's own code: the request is one the page controls, so changing it
 * is the first answer, and allowing what it asks for on the server the wrong one.
 */
export function diagnosisPage(input: DiagnosisInput): Diagnosis[] {
  const { trace } = input;
  if (trace.ok) return [];
  return [
    diagnosisPageMethodCase(input),
    diagnosisPageCredentials(input),
    diagnosisPageToken(input),
    diagnosisPageNullOrigin(input),
  ].filter((d): d is Diagnosis => d !== null);
}

function diagnosisPageMethodCase({ trace }: DiagnosisInput): Diagnosis | null {
  const method = trace.request.method ?? 'GET';
  const upper = method.toUpperCase();
  if (method === upper || normalizedMethods.has(upper)) return null;
  return {
    id: 'method-case',
    party: 'page',
    title: `Write ${upper}, not ${method}`,
    cause: `Method names are case-sensitive: fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT, so '${method}' goes on the wire as '${method}', and a server that allows ${upper} does not allow '${method}' (many servers answer it 400).`,
    remedy: `Write method: '${upper}' in the fetch() call. Do not add '${method}' to the server's allowed methods.`,
    remedies: {},
    policyFixMisleading: true,
  };
}

function diagnosisPageCredentials({ trace }: DiagnosisInput): Diagnosis | null {
  if (trace.request.credentials !== 'include' || trace.failure?.code !== 'wildcard-origin-with-credentials')
    return null;
  return {
    id: 'credentials-public',
    party: 'page',
    title: 'Do not send credentials to a public API',
    cause:
      "The API answers Access-Control-Allow-Origin: *, so it is public: anyone may read it without logging in. The page asks for credentials: 'include' (axios withCredentials: true), and browsers never share a credentialed response that says '*'.",
    remedy:
      "Drop credentials: 'include' (axios: withCredentials: false) for this API. Only if the API really needs your users' cookies must its owner list your origin and send Access-Control-Allow-Credentials: true; reflecting every origin with credentials instead is a vulnerability.",
    remedies: {},
    policyFixMisleading: true,
  };
}

function diagnosisPageToken({ trace }: DiagnosisInput): Diagnosis | null {
  const request = trace.request;
  const headers = request.headers ?? [];
  if (headerListGet(headers, 'authorization') === null || !trace.failure?.preflight) return null;
  if (request.pageOrigin === 'null' || siteSame(request.pageOrigin, request.url)) return null;
  // The token must be what forces the preflight: without it the request would be simple.
  const others = headers.filter(([name]) => name.toLowerCase() !== 'authorization');
  const method = (request.method ?? 'GET').toUpperCase();
  if (!corsSafelistMethod(method) || corsSafelistUnsafeNames(others, trace.browser).length > 0) return null;
  const host = urlParse(request.url)?.host ?? request.url;
  return {
    id: 'token-third-party',
    party: 'page',
    title: `Do not send your Authorization token to ${host}`,
    cause: `The page sends an Authorization header to ${host}, another site. That header alone turns a simple request into one that needs a preflight, which ${host} does not grant; the token is most likely your own app's login token, added to every request by a global interceptor or default header.`,
    remedy: `Send Authorization only to your own API: scope the interceptor or default header to your API's origin (axios: a separate instance with its own headers, instead of axios.defaults.headers.common.Authorization). Do not ask ${host} to allow Authorization.`,
    remedies: {},
    policyFixMisleading: true,
  };
}

function diagnosisPageNullOrigin({ trace }: DiagnosisInput): Diagnosis | null {
  if (trace.request.pageOrigin !== 'null') return null;
  return {
    id: 'null-origin',
    party: 'page',
    title: 'Serve the page over http instead of allowing null',
    cause:
      "The page's origin is 'null': it is opened as a file:// URL, runs in a sandboxed iframe or comes from a data: URL. Allowing the origin 'null' on the server would allow every site, since any page can make a sandboxed iframe that sends Origin: null.",
    remedy:
      "Serve the page from a local web server (python3 -m http.server 8000, npx serve) and allow that exact origin, e.g. http://localhost:8000. Never allow 'null'.",
    remedies: {},
    policyFixMisleading: true,
    challenge: 'null-origin',
  };
}
