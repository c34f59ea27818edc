import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/data`;
const same = `${page}/same`;
const acao: [string, string] = ['access-control-allow-origin', page];
const extra: [string, string] = ['x-extra', 'visible?'];

/** `no-cors` and `same-origin` modes, and `cors` requests to the page's own origin. */
export const requestModes: Scenario[] = [
  {
    id: 'mode-no-cors-get',
    note: 'no-cors resolves with an opaque response: status 0, no headers, whatever the server said.',
    request: { pageOrigin: page, url, mode: 'no-cors' },
    responses: { [`GET ${url}`]: { status: 200, headers: [extra] } },
  },
  {
    id: 'mode-no-cors-get-with-acao',
    note: 'CORS headers do not make a no-cors response readable.',
    request: { pageOrigin: page, url, mode: 'no-cors' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, extra] } },
  },
  {
    id: 'mode-no-cors-404',
    note: 'Even an error status is hidden behind status 0.',
    request: { pageOrigin: page, url, mode: 'no-cors' },
    responses: {},
  },
  {
    id: 'mode-no-cors-put',
    note: 'no-cors allows only safelisted methods: PUT is a TypeError before sending.',
    request: { pageOrigin: page, url, mode: 'no-cors', method: 'PUT', body: 'x' },
    responses: { [`PUT ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'mode-no-cors-custom-header',
    note: 'In no-cors a non-safelisted header is dropped silently, so no preflight.',
    request: { pageOrigin: page, url, mode: 'no-cors', headers: [['X-Custom', '1']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [] } },
  },
  {
    id: 'mode-no-cors-post-json',
    note: 'A JSON Content-Type is dropped in no-cors; the POST goes out as a simple request.',
    request: {
      pageOrigin: page,
      url,
      mode: 'no-cors',
      method: 'POST',
      headers: [['Content-Type', 'application/json']],
      body: '{}',
    },
    responses: { [`POST ${url}`]: { status: 200, headers: [] } },
  },
  {
    id: 'mode-no-cors-credentials',
    note: 'no-cors with credentials included still resolves opaque.',
    request: { pageOrigin: page, url, mode: 'no-cors', credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [] } },
  },
  {
    id: 'mode-no-cors-same-origin',
    note: 'no-cors to the page origin gives a normal basic response.',
    request: { pageOrigin: page, url: same, mode: 'no-cors' },
    responses: { [`GET ${same}`]: { status: 200, headers: [extra] } },
  },
  {
    id: 'mode-same-origin-cross-origin',
    note: 'same-origin mode refuses a cross-origin URL without sending anything.',
    request: { pageOrigin: page, url, mode: 'same-origin' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'mode-same-origin-same-origin',
    note: 'same-origin mode to the page origin: basic response, every header readable.',
    request: { pageOrigin: page, url: same, mode: 'same-origin' },
    responses: { [`GET ${same}`]: { status: 200, headers: [extra] } },
  },
  {
    id: 'mode-cors-same-origin-get',
    note: 'A same-origin GET in cors mode is not a CORS request: no Origin header, basic response.',
    request: { pageOrigin: page, url: same },
    responses: { [`GET ${same}`]: { status: 200, headers: [extra] } },
  },
  {
    id: 'mode-cors-same-origin-post',
    note: 'A same-origin POST carries Origin (browsers send it on every non-GET/HEAD request).',
    request: { pageOrigin: page, url: same, method: 'POST', body: 'x' },
    responses: { [`POST ${same}`]: { status: 200, headers: [extra] } },
  },
  {
    id: 'mode-cors-same-origin-put-custom-header',
    note: 'Same-origin requests are never preflighted, whatever the method and headers.',
    request: { pageOrigin: page, url: same, method: 'PUT', headers: [['X-Custom', '1']], body: 'x' },
    responses: { [`PUT ${same}`]: { status: 200, headers: [extra] } },
  },
  {
    id: 'mode-cors-same-origin-404',
    note: 'A same-origin 404 without CORS headers is still readable.',
    request: { pageOrigin: page, url: same },
    responses: {},
  },
];
