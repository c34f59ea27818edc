import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/data`;
const same = `${page}/same`;
const acao: [string, string] = ['access-control-allow-origin', page];

/** A fetch of a URL no scripted server answers (another scheme, or one fetch() refuses outright). */
function refusal(id: string, note: string, target: string, mode?: 'same-origin'): Scenario {
  return { id, note, request: { pageOrigin: page, url: target, ...(mode ? { mode } : {}) }, responses: {} };
}

/**
 * Fetches the browser refuses or fails before anything reaches the network: mode and redirect
 * combinations, cache mode only-if-cached, URL schemes fetch() cannot load, credentials in the URL.
 */
export const fetchRefusals: Scenario[] = [
  {
    id: 'refuse-no-cors-redirect-error',
    note: "no-cors to another origin needs redirect: 'follow'; 'error' fails before sending.",
    request: { pageOrigin: page, url, mode: 'no-cors', redirect: 'error' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'refuse-no-cors-redirect-manual',
    note: "no-cors with redirect: 'manual' to another origin fails the same way.",
    request: { pageOrigin: page, url, mode: 'no-cors', redirect: 'manual' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'refuse-no-cors-redirect-manual-same-origin',
    note: 'The redirect-mode rule is for cross-origin no-cors only: same-origin is fine.',
    request: { pageOrigin: page, url: same, mode: 'no-cors', redirect: 'manual' },
    responses: { [`GET ${same}`]: { status: 200, headers: [] } },
  },
  {
    id: 'refuse-same-origin-mode-redirected',
    note: 'same-origin mode, a same-origin URL redirecting to another origin.',
    request: { pageOrigin: page, url: same, mode: 'same-origin' },
    responses: { [`GET ${same}`]: { status: 302, headers: [['location', url]] } },
  },
  {
    id: 'refuse-redirect-error-same-origin',
    note: "redirect: 'error' fails on a same-origin redirect too, with a network error.",
    request: { pageOrigin: page, url: same, redirect: 'error' },
    responses: { [`GET ${same}`]: { status: 302, headers: [['location', `${page}/final`]] } },
  },
  {
    id: 'refuse-redirect-location-unparsable',
    note: 'A redirect whose Location is not a URL at all.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 302, headers: [acao, ['location', 'http://[oops']] } },
  },
  {
    id: 'refuse-only-if-cached-cors',
    note: "cache: 'only-if-cached' needs mode: 'same-origin': a TypeError.",
    request: { pageOrigin: page, url, cache: 'only-if-cached' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'refuse-only-if-cached-miss',
    note: 'only-if-cached with same-origin mode and nothing cached: fails without a request.',
    request: { pageOrigin: page, url: same, mode: 'same-origin', cache: 'only-if-cached' },
    responses: { [`GET ${same}`]: { status: 200, headers: [] } },
  },
  {
    id: 'refuse-only-if-cached-cross-origin',
    note: 'only-if-cached to another origin: the mode check comes first.',
    request: { pageOrigin: page, url, mode: 'same-origin', cache: 'only-if-cached' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  refusal(
    'refuse-url-credentials',
    'A URL with a username and password: the Request constructor throws.',
    'http://user:pass@localhost:17002/data',
  ),
  refusal('refuse-scheme-ftp', 'fetch() cannot load ftp: URLs.', 'ftp://localhost:17002/data'),
  refusal('refuse-scheme-about', 'about:blank is not fetchable.', 'about:blank'),
  refusal('refuse-scheme-javascript', 'javascript: URLs are not fetchable.', 'javascript:void(0)'),
  refusal('refuse-scheme-file', 'A page on http: may not load file: URLs.', 'file:///etc/hostname'),
  refusal('refuse-scheme-ws', 'ws: URLs belong to WebSocket, not fetch().', 'ws://localhost:17002/data'),
  refusal(
    'refuse-scheme-blob-unknown',
    'A blob: URL nobody created.',
    'blob:http://localhost:17001/00000000-0000-0000-0000-000000000000',
  ),
  refusal(
    'refuse-scheme-data',
    'A data: URL is fetched without the network and gives a basic response, in any mode.',
    'data:,hello',
  ),
  refusal(
    'refuse-scheme-data-json',
    'A data: URL with a MIME type and percent-encoding, in same-origin mode.',
    'data:application/json,%7B%7D',
    'same-origin',
  ),
];
