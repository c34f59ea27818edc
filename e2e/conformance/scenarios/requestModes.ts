import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/data`;
const same = `${page}/same`;
const acao: [string, string] = ['access-control-allow-origin', page];
const extra: [string, string] = ['x-extra', 'visible?'];
const ok = (...headers: HeaderList) => ({ status: 200, headers });
const { answered, unanswered } = scenarioBuilders(page, url);

/** `no-cors` and `same-origin` modes, and `cors` requests to the page's own origin. */
export const requestModes: Scenario[] = [
  answered(
    'mode-no-cors-get',
    'no-cors resolves with an opaque response: status 0, no headers, whatever the server said.',
    { mode: 'no-cors' },
    ok(extra),
  ),
  answered(
    'mode-no-cors-get-with-acao',
    'CORS headers do not make a no-cors response readable.',
    { mode: 'no-cors' },
    ok(acao, extra),
  ),
  unanswered('mode-no-cors-404', 'Even an error status is hidden behind status 0.', { mode: 'no-cors' }),
  answered(
    'mode-no-cors-put',
    'no-cors allows only safelisted methods: PUT is a TypeError before sending.',
    { mode: 'no-cors', method: 'PUT', body: 'x' },
    ok(acao),
  ),
  answered(
    'mode-no-cors-custom-header',
    'In no-cors a non-safelisted header is dropped silently, so no preflight.',
    { mode: 'no-cors', headers: [['X-Custom', '1']] },
    ok(),
  ),
  answered(
    'mode-no-cors-post-json',
    'A JSON Content-Type is dropped in no-cors; the POST goes out as a simple request.',
    { mode: 'no-cors', method: 'POST', headers: [['Content-Type', 'application/json']], body: '{}' },
    ok(),
  ),
  answered(
    'mode-no-cors-credentials',
    'no-cors with credentials included still resolves opaque.',
    { mode: 'no-cors', credentials: 'include' },
    ok(),
  ),
  answered(
    'mode-no-cors-same-origin',
    'no-cors to the page origin gives a normal basic response.',
    { url: same, mode: 'no-cors' },
    ok(extra),
  ),
  answered(
    'mode-same-origin-cross-origin',
    'same-origin mode refuses a cross-origin URL without sending anything.',
    { mode: 'same-origin' },
    ok(acao),
  ),
  answered(
    'mode-same-origin-same-origin',
    'same-origin mode to the page origin: basic response, every header readable.',
    { url: same, mode: 'same-origin' },
    ok(extra),
  ),
  answered(
    'mode-cors-same-origin-get',
    'A same-origin GET in cors mode is not a CORS request: no Origin header, basic response.',
    { url: same },
    ok(extra),
  ),
  answered(
    'mode-cors-same-origin-post',
    'A same-origin POST carries Origin (browsers send it on every non-GET/HEAD request).',
    { url: same, method: 'POST', body: 'x' },
    ok(extra),
  ),
  answered(
    'mode-cors-same-origin-put-custom-header',
    'Same-origin requests are never preflighted, whatever the method and headers.',
    { url: same, method: 'PUT', headers: [['X-Custom', '1']], body: 'x' },
    ok(extra),
  ),
  unanswered('mode-cors-same-origin-404', 'A same-origin 404 without CORS headers is still readable.', {
    url: same,
  }),
];
