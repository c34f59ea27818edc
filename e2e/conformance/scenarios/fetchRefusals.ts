import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/data`;
const same = `${page}/same`;
const acao: [string, string] = ['access-control-allow-origin', page];
const ok = { status: 200, headers: [acao] };
const bare = { status: 200, headers: [] };
const { answered, unanswered } = scenarioBuilders(page, url);

/** A fetch of a URL no scripted server answers (another scheme, or one fetch() refuses outright). */
function refusal(id: string, note: string, target: string, mode?: 'same-origin'): Scenario {
  return unanswered(id, note, { url: target, ...(mode ? { mode } : {}) });
}

/**
 * Fetches the browser refuses or fails before anything reaches the network: mode and redirect
 * combinations, cache mode only-if-cached, URL schemes fetch() cannot load, credentials in the URL.
 */
export const fetchRefusals: Scenario[] = [
  answered(
    'refuse-no-cors-redirect-error',
    "no-cors to another origin needs redirect: 'follow'; 'error' fails before sending.",
    { mode: 'no-cors', redirect: 'error' },
    ok,
  ),
  answered(
    'refuse-no-cors-redirect-manual',
    "no-cors with redirect: 'manual' to another origin fails the same way.",
    { mode: 'no-cors', redirect: 'manual' },
    ok,
  ),
  answered(
    'refuse-no-cors-redirect-manual-same-origin',
    'The redirect-mode rule is for cross-origin no-cors only: same-origin is fine.',
    { url: same, mode: 'no-cors', redirect: 'manual' },
    bare,
  ),
  answered(
    'refuse-same-origin-mode-redirected',
    'same-origin mode, a same-origin URL redirecting to another origin.',
    { url: same, mode: 'same-origin' },
    { status: 302, headers: [['location', url]] },
  ),
  answered(
    'refuse-redirect-error-same-origin',
    "redirect: 'error' fails on a same-origin redirect too, with a network error.",
    { url: same, redirect: 'error' },
    { status: 302, headers: [['location', `${page}/final`]] },
  ),
  answered(
    'refuse-redirect-location-unparsable',
    'A redirect whose Location is not a URL at all.',
    {},
    { status: 302, headers: [acao, ['location', 'http://[oops']] },
  ),
  answered(
    'refuse-only-if-cached-cors',
    "cache: 'only-if-cached' needs mode: 'same-origin': a TypeError.",
    { cache: 'only-if-cached' },
    ok,
  ),
  answered(
    'refuse-only-if-cached-miss',
    'only-if-cached with same-origin mode and nothing cached: fails without a request.',
    { url: same, mode: 'same-origin', cache: 'only-if-cached' },
    bare,
  ),
  answered(
    'refuse-only-if-cached-cross-origin',
    'only-if-cached to another origin: the mode check comes first.',
    { mode: 'same-origin', cache: 'only-if-cached' },
    ok,
  ),
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
