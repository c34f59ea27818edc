import type { HeaderList } from '../../../packages/engine/src/http/httpTypes.ts';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/item`;
const acao: [string, string] = ['access-control-allow-origin', page];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];
const acam = (value: string): [string, string] => ['access-control-allow-methods', value];
const acah = (value: string): [string, string] => ['access-control-allow-headers', value];
const preflight = (headers: HeaderList, status = 204) => ({ status, headers });

/** Preflights for request headers: ACRH, ACAH with `*`, credentials and Authorization. */
export const preflightHeaders: Scenario[] = [
  {
    id: 'preflight-custom-header-allowed-case',
    note: 'Header names in ACAH match case-insensitively.',
    request: { pageOrigin: page, url, headers: [['X-Custom', '1']] },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acah('X-CUSTOM')]),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-custom-header-not-allowed',
    note: 'A custom header missing from ACAH fails the preflight; ACRM is GET.',
    request: { pageOrigin: page, url, headers: [['X-Custom', '1']] },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acah('x-other')]),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-headers-sorted',
    note: 'ACRH is lower-cased, sorted and comma-separated without spaces.',
    request: {
      pageOrigin: page,
      url,
      method: 'POST',
      headers: [
        ['X-B', '1'],
        ['x-a', '2'],
        ['Content-Type', 'application/json'],
      ],
      body: '{}',
    },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acah('content-type, x-a, x-b')]),
      [`POST ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acah-star',
    note: 'ACAH `*` allows any header when credentials are not included.',
    request: { pageOrigin: page, url, method: 'PUT', headers: [['X-Custom', '1']], body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acam('PUT'), acah('*')]),
      [`PUT ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-acah-star-credentials',
    note: 'With credentials, ACAH `*` is a literal header name `*`, not a wildcard.',
    request: { pageOrigin: page, url, headers: [['X-Custom', '1']], credentials: 'include' },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acac, acah('*')]),
      [`GET ${url}`]: { status: 200, headers: [acao, acac] },
    },
  },
  {
    id: 'preflight-authorization-acah-star',
    note: 'Authorization is never covered by the ACAH wildcard.',
    request: { pageOrigin: page, url, headers: [['Authorization', 'Bearer t']] },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acah('*')]),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-authorization-listed',
    note: 'Authorization must be listed by name.',
    request: { pageOrigin: page, url, headers: [['Authorization', 'Bearer t']] },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acah('Authorization')]),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-authorization-and-star',
    note: 'Listing Authorization next to `*` allows it and any other header.',
    request: {
      pageOrigin: page,
      url,
      headers: [
        ['Authorization', 'Bearer t'],
        ['X-Custom', '1'],
      ],
    },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acah('authorization, *')]),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'preflight-get-custom-header-no-acam',
    note: 'A GET preflighted only for a header needs no ACAM: GET is safelisted.',
    request: { pageOrigin: page, url, headers: [['X-Token', 'abc']] },
    responses: {
      [`OPTIONS ${url}`]: preflight([acao, acah('x-token')]),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
];
