import type { FetchRequest, HeaderList, RequestCredentials } from '@cors-playground/engine';

/** The columns of the exposure map: what a script on a seat tries to do with the API. */
export type ExposureRequestKind = 'credentialed-get' | 'json-write' | 'custom-header' | 'exposed-header';

/** One request kind, as a script on any page would write it against the lab API. */
export interface ExposureRequest {
  kind: ExposureRequestKind;
  /** Column heading. */
  label: string;
  method: string;
  /** Path on the API (the lab API's routes). */
  path: string;
  headers: HeaderList;
  body: string | null;
  /**
   * Credentials modes an attacker would try, in order: the user's cookie first; a request without
   * cookies still steals what the API tells anyone.
   */
  credentials: readonly RequestCredentials[];
  /** Response headers the column is about: "reads" only when the script can read one of them. */
  readsHeaders?: readonly string[];
}

/** The four columns: a credentialed read, a preflighted JSON write, a custom header, an exposed header. */
export const exposureRequests: readonly ExposureRequest[] = [
  {
    kind: 'credentialed-get',
    label: 'Credentialed GET /private',
    method: 'GET',
    path: '/private',
    headers: [],
    body: null,
    credentials: ['include'],
  },
  {
    kind: 'json-write',
    label: 'JSON write (PUT /data)',
    method: 'PUT',
    path: '/data',
    headers: [['content-type', 'application/json']],
    body: '{"note":"written from this page"}',
    credentials: ['include', 'omit'],
  },
  {
    kind: 'custom-header',
    label: 'Custom header (X-Requested-With)',
    method: 'GET',
    path: '/data',
    headers: [['x-requested-with', 'XMLHttpRequest']],
    body: null,
    credentials: ['include', 'omit'],
  },
  {
    kind: 'exposed-header',
    label: 'Read X-Request-Id (GET /headers)',
    method: 'GET',
    path: '/headers',
    headers: [],
    body: null,
    credentials: ['include', 'omit'],
    readsHeaders: ['x-request-id', 'x-secret-token'],
  },
];

/** The fetch a script on `pageOrigin` makes for `request`, with `credentials`. */
export function exposureRequestFetch(
  request: ExposureRequest,
  pageOrigin: string,
  apiOrigin: string,
  credentials: RequestCredentials,
): FetchRequest {
  return {
    pageOrigin,
    url: `${apiOrigin}${request.path}`,
    method: request.method,
    headers: request.headers.map(([name, value]) => [name, value] as [string, string]),
    credentials,
    mode: 'cors',
    cache: 'no-store',
    body: request.body,
  };
}
