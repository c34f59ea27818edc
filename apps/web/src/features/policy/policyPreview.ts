import {
  corsSafelistMethod,
  corsSafelistUnsafeNames,
  labRoute,
  serverRespond,
  type BrowserName,
  type HeaderList,
  type Policy,
  type RequestCredentials,
  type ServerRequest,
} from '@cors-playground/engine';

/** The request the preview is for: the request builder's current one, or GET /data by default. */
export interface PolicyPreviewRequest {
  /** The page's origin (the app). */
  appOrigin: string;
  /** The lab API's origin. */
  apiOrigin: string;
  /** Path on the lab API, with query, e.g. `/data`. */
  path: string;
  method: string;
  headers: HeaderList;
  credentials: RequestCredentials;
  /** The engine whose request rules decide what needs a preflight (the page's own). Default `chromium`. */
  browser?: BrowserName;
}

export interface PolicyPreviewExchange {
  /** The request as it reaches the API (the browser adds `Origin`, and `Access-Control-Request-*` on preflights). */
  request: ServerRequest;
  status: number;
  /** Every response header the API sends, in wire order. */
  headers: HeaderList;
  /** The engine's plain-English reasons (origin matched, path rule in force, …). */
  notes: string[];
}

export interface PolicyPreview {
  /** Whether a browser preflights this request (non-safelisted method or header). */
  preflightNeeded: boolean;
  preflight: PolicyPreviewExchange;
  actual: PolicyPreviewExchange;
}

function previewExchange(policy: Policy, request: ServerRequest): PolicyPreviewExchange {
  // The exact function the real API runs (apps/api labRespond), so the preview cannot drift from it.
  const { decision, response } = serverRespond(policy, labRoute, request);
  return { request, status: response.status, headers: response.headers, notes: decision.notes };
}

/**
 * What the live API will send for the current request, preflight and actual, computed with the same
 * engine the API runs. The preflight is shown even when the browser would not send one, so a learner
 * can see what a non-simple variant of the request would get.
 */
export function policyPreview(policy: Policy, input: PolicyPreviewRequest): PolicyPreview {
  const url = `${input.apiOrigin}${input.path.startsWith('/') ? input.path : `/${input.path}`}`;
  const method = input.method === '' ? 'GET' : input.method;
  const unsafeNames = corsSafelistUnsafeNames(
    input.headers.map(([name, value]) => [name.toLowerCase(), value]),
    input.browser ?? 'chromium',
  );
  const upper = method.toUpperCase();
  // fetch upper-cases only these methods; `patch` stays lower-case and is not safelisted.
  const normalized = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(upper) ? upper : method;
  const preflightNeeded = !corsSafelistMethod(normalized) || unsafeNames.length > 0;
  const acrh = [...unsafeNames].sort().join(',');
  const preflightHeaders: HeaderList = [
    ['Origin', input.appOrigin],
    ['Access-Control-Request-Method', normalized],
  ];
  if (acrh !== '') preflightHeaders.push(['Access-Control-Request-Headers', acrh]);
  return {
    preflightNeeded,
    preflight: previewExchange(policy, { method: 'OPTIONS', url, headers: preflightHeaders, body: null }),
    actual: previewExchange(policy, {
      method: normalized,
      url,
      headers: [['Origin', input.appOrigin], ...input.headers],
      body: null,
    }),
  };
}

/** Whether a response header is one the CORS layer writes (highlighted in the preview). */
export function policyPreviewIsCorsHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('access-control-') || lower === 'vary';
}
