import type { HeaderList } from '../../../packages/engine/src/http/httpTypes.ts';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api, third } = origins;
const url = `${api}/item`;
const acao: [string, string] = ['access-control-allow-origin', page];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];
const acam = (value: string): [string, string] => ['access-control-allow-methods', value];
const preflight = (headers: HeaderList, status = 204) => ({ status, headers });

/** When a preflight is sent for a method, and the checks on the preflight's status, ACAO and ACAM. */
export const preflightRequests: Scenario[] = [
  {
    id: 'preflight-put-allowed',
    note: 'PUT is not a safelisted method: a preflight with ACRM PUT, then the PUT.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-put-acam-missing',
    note: 'A preflight without Access-Control-Allow-Methods allows only safelisted methods.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-put-acam-lowercase',
    note: 'ACAM `put` against a normalized `PUT` request method.',
    request: { pageOrigin: page, url, method: 'put', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('put')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-patch-lowercase-acam-upper',
    note: 'fetch does not upper-case `patch`; ACAM `PATCH` does not match it (the classic PATCH bug).',
    request: { pageOrigin: page, url, method: 'patch', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('GET, PATCH')]),
      [`patch ${url}`]: { status: 200, headers: [acao] },
      [`PATCH ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-patch-lowercase-acam-lower',
    note: 'Allowing the lower-case method name exactly lets `patch` through, sent as `patch`.',
    request: { pageOrigin: page, url, method: 'patch', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('patch')]),
      [`patch ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-patch-uppercase',
    note: 'Upper-case PATCH matches ACAM PATCH.',
    request: { pageOrigin: page, url, method: 'PATCH', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PATCH')]),
      [`PATCH ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-delete-acam-list',
    note: 'A method list with spaces after commas is parsed as tokens.',
    request: { pageOrigin: page, url, method: 'DELETE' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('GET, POST, DELETE')]),
      [`DELETE ${url}`]: { status: 204, headers: [acao] },
    },
  },
  {
    id: 'preflight-custom-method',
    note: 'A custom method is preflighted and allowed by name.',
    request: { pageOrigin: page, url, method: 'PURGE' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PURGE')]),
      [`PURGE ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-custom-method-unknown',
    note: 'A method no server framework knows is still just a token to fetch: preflighted, sent as is.',
    request: { pageOrigin: page, url, method: 'Frobnicate' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('Frobnicate')]),
      [`Frobnicate ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acam-safelisted-only',
    note: 'Listing GET and POST does not allow PUT.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('GET, POST')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acam-space-separated',
    note: 'A space-separated method list is not a valid token list.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('GET PUT')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acam-empty-items',
    note: 'Empty items in the method list.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT, ,')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acam-star',
    note: 'ACAM `*` allows any method when credentials are not included.',
    request: { pageOrigin: page, url, method: 'DELETE' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('*')]),
      [`DELETE ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acam-star-credentials',
    note: 'With credentials, ACAM `*` is a literal method name `*`.',
    request: { pageOrigin: page, url, method: 'DELETE', credentials: 'include' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acac, acam('*')]),
      [`DELETE ${url}`]: { status: 200, headers: [acao, acac] },
    },
  },
  {
    id: 'preflight-status-404',
    note: 'A preflight must get an ok (2xx) status.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT')], 404),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-status-500',
    note: 'A 500 to the preflight fails it even with every CORS header present.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT')], 500),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-status-200',
    note: '200 is as good as 204 for a preflight.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT')], 200),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-status-206',
    note: 'Any 2xx status is ok for a preflight.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT')], 206),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-redirect-301',
    note: 'A preflight may not be redirected.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT'), ['location', `${api}/other`]], 301),
      [`OPTIONS ${api}/other`]: preflight([acao, acam('PUT')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-redirect-307',
    note: 'A 307 to the preflight fails the same way, cross-origin target or not.',
    request: { pageOrigin: page, url, method: 'DELETE' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('DELETE'), ['location', `${third}/other`]], 307),
      [`DELETE ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acao-missing',
    note: 'A preflight response without ACAO fails the CORS check.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acam('PUT')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acao-star',
    note: 'ACAO `*` on the preflight and the actual response without credentials.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([['access-control-allow-origin', '*'], acam('PUT')]),
      [`PUT ${url}`]: { status: 200, headers: [['access-control-allow-origin', '*']] },
    },
  },
  {
    id: 'preflight-ok-actual-acao-missing',
    note: 'A passed preflight does not exempt the actual response from its own CORS check.',
    request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT')]),
      [`PUT ${url}`]: { status: 200, headers: [] },
    },
  },
  {
    id: 'preflight-actual-error-status',
    note: 'After a good preflight, a 403 with ACAO on the actual request is readable.',
    request: { pageOrigin: page, url, method: 'DELETE' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('DELETE')]),
      [`DELETE ${url}`]: { status: 403, headers: [acao] },
    },
  },
];
