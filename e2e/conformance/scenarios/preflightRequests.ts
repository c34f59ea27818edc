import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders, type ScenarioInit } from './scenarioBuilders.ts';

const { page, api, third } = origins;
const url = `${api}/item`;
const acao: [string, string] = ['access-control-allow-origin', page];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];
const acam = (value: string): [string, string] => ['access-control-allow-methods', value];
const preflight = (headers: HeaderList, status = 204) => ({ status, headers });
const ok = { status: 200, headers: [acao] };
const put: ScenarioInit = { method: 'PUT', body: 'x' };
const { preflighted } = scenarioBuilders(page, url);
/** A fetch whose preflight allows the page and `methods`; the fetch itself then gets `status` with ACAO. */
const allowingMethods = (id: string, note: string, init: ScenarioInit, methods: string, status = 200) =>
  preflighted(id, note, init, preflight([acao, acam(methods)]), { status, headers: [acao] });
/** A PUT whose preflight allows it but answers `status`. */
const preflightAnswering = (id: string, note: string, status: number) =>
  preflighted(id, note, put, preflight([acao, acam('PUT')], status), ok);

/** When a preflight is sent for a method, and the checks on the preflight's status, ACAO and ACAM. */
export const preflightRequests: Scenario[] = [
  allowingMethods(
    'preflight-put-allowed',
    'PUT is not a safelisted method: a preflight with ACRM PUT, then the PUT.',
    put,
    'PUT',
  ),
  preflighted(
    'preflight-put-acam-missing',
    'A preflight without Access-Control-Allow-Methods allows only safelisted methods.',
    put,
    preflight([acao]),
    ok,
  ),
  allowingMethods(
    'preflight-put-acam-lowercase',
    'ACAM `put` against a normalized `PUT` request method.',
    { method: 'put', body: 'x' },
    'put',
  ),
  {
    id: 'preflight-patch-lowercase-acam-upper',
    note: 'fetch does not upper-case `patch`; ACAM `PATCH` does not match it (the classic PATCH bug).',
    request: { pageOrigin: page, url, method: 'patch', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('GET, PATCH')]),
      [`patch ${url}`]: ok,
      [`PATCH ${url}`]: ok,
    },
  },
  allowingMethods(
    'preflight-patch-lowercase-acam-lower',
    'Allowing the lower-case method name exactly lets `patch` through, sent as `patch`.',
    { method: 'patch', body: 'x' },
    'patch',
  ),
  allowingMethods(
    'preflight-patch-uppercase',
    'Upper-case PATCH matches ACAM PATCH.',
    { method: 'PATCH', body: 'x' },
    'PATCH',
  ),
  allowingMethods(
    'preflight-delete-acam-list',
    'A method list with spaces after commas is parsed as tokens.',
    { method: 'DELETE' },
    'GET, POST, DELETE',
    204,
  ),
  allowingMethods(
    'preflight-custom-method',
    'A custom method is preflighted and allowed by name.',
    { method: 'PURGE' },
    'PURGE',
  ),
  allowingMethods(
    'preflight-custom-method-unknown',
    'A method no server framework knows is still just a token to fetch: preflighted, sent as is.',
    { method: 'Frobnicate' },
    'Frobnicate',
  ),
  allowingMethods(
    'preflight-acam-safelisted-only',
    'Listing GET and POST does not allow PUT.',
    put,
    'GET, POST',
  ),
  allowingMethods(
    'preflight-acam-space-separated',
    'A space-separated method list is not a valid token list.',
    put,
    'GET PUT',
  ),
  allowingMethods('preflight-acam-empty-items', 'Empty items in the method list.', put, 'PUT, ,'),
  allowingMethods(
    'preflight-acam-star',
    'ACAM `*` allows any method when credentials are not included.',
    { method: 'DELETE' },
    '*',
  ),
  preflighted(
    'preflight-acam-star-credentials',
    'With credentials, ACAM `*` is a literal method name `*`.',
    { method: 'DELETE', credentials: 'include' },
    preflight([acao, acac, acam('*')]),
    { status: 200, headers: [acao, acac] },
  ),
  preflightAnswering('preflight-status-404', 'A preflight must get an ok (2xx) status.', 404),
  preflightAnswering(
    'preflight-status-500',
    'A 500 to the preflight fails it even with every CORS header present.',
    500,
  ),
  preflightAnswering('preflight-status-200', '200 is as good as 204 for a preflight.', 200),
  preflightAnswering('preflight-status-206', 'Any 2xx status is ok for a preflight.', 206),
  {
    id: 'preflight-redirect-301',
    note: 'A preflight may not be redirected.',
    request: { pageOrigin: page, url, ...put },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT'), ['location', `${api}/other`]], 301),
      [`OPTIONS ${api}/other`]: preflight([acao, acam('PUT')]),
      [`PUT ${url}`]: ok,
    },
  },
  preflighted(
    'preflight-redirect-307',
    'A 307 to the preflight fails the same way, cross-origin target or not.',
    { method: 'DELETE' },
    preflight([acao, acam('DELETE'), ['location', `${third}/other`]], 307),
    ok,
  ),
  preflighted(
    'preflight-acao-missing',
    'A preflight response without ACAO fails the CORS check.',
    put,
    preflight([acam('PUT')]),
    ok,
  ),
  preflighted(
    'preflight-acao-star',
    'ACAO `*` on the preflight and the actual response without credentials.',
    put,
    preflight([['access-control-allow-origin', '*'], acam('PUT')]),
    { status: 200, headers: [['access-control-allow-origin', '*']] },
  ),
  preflighted(
    'preflight-ok-actual-acao-missing',
    'A passed preflight does not exempt the actual response from its own CORS check.',
    put,
    preflight([acao, acam('PUT')]),
    { status: 200, headers: [] },
  ),
  allowingMethods(
    'preflight-actual-error-status',
    'After a good preflight, a 403 with ACAO on the actual request is readable.',
    { method: 'DELETE' },
    'DELETE',
    403,
  ),
];
