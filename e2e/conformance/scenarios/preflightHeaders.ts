import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders, type ScenarioInit } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/item`;
const acao: [string, string] = ['access-control-allow-origin', page];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];
const acam = (value: string): [string, string] => ['access-control-allow-methods', value];
const acah = (value: string): [string, string] => ['access-control-allow-headers', value];
const preflight = (headers: HeaderList, status = 204) => ({ status, headers });
const ok = { status: 200, headers: [acao] };
const { preflighted } = scenarioBuilders(page, url);
/** A fetch whose preflight allows the page and `headers`; the fetch itself then gets a readable 200. */
const allowingHeaders = (id: string, note: string, init: ScenarioInit, headers: string) =>
  preflighted(id, note, init, preflight([acao, acah(headers)]), ok);
/** A GET with one request header. */
const withHeader = (name: string, value: string): ScenarioInit => ({ headers: [[name, value]] });

/** Preflights for request headers: ACRH, ACAH with `*`, credentials and Authorization. */
export const preflightHeaders: Scenario[] = [
  allowingHeaders(
    'preflight-custom-header-allowed-case',
    'Header names in ACAH match case-insensitively.',
    withHeader('X-Custom', '1'),
    'X-CUSTOM',
  ),
  allowingHeaders(
    'preflight-custom-header-not-allowed',
    'A custom header missing from ACAH fails the preflight; ACRM is GET.',
    withHeader('X-Custom', '1'),
    'x-other',
  ),
  allowingHeaders(
    'preflight-headers-sorted',
    'ACRH is lower-cased, sorted and comma-separated without spaces.',
    {
      method: 'POST',
      headers: [
        ['X-B', '1'],
        ['x-a', '2'],
        ['Content-Type', 'application/json'],
      ],
      body: '{}',
    },
    'content-type, x-a, x-b',
  ),
  preflighted(
    'preflight-acah-star',
    'ACAH `*` allows any header when credentials are not included.',
    { method: 'PUT', headers: [['X-Custom', '1']], body: 'x' },
    preflight([acao, acam('PUT'), acah('*')]),
    ok,
  ),
  preflighted(
    'preflight-acah-star-credentials',
    'With credentials, ACAH `*` is a literal header name `*`, not a wildcard.',
    { headers: [['X-Custom', '1']], credentials: 'include' },
    preflight([acao, acac, acah('*')]),
    { status: 200, headers: [acao, acac] },
  ),
  allowingHeaders(
    'preflight-authorization-acah-star',
    'Authorization is never covered by the ACAH wildcard.',
    withHeader('Authorization', 'Bearer t'),
    '*',
  ),
  allowingHeaders(
    'preflight-authorization-listed',
    'Authorization must be listed by name.',
    withHeader('Authorization', 'Bearer t'),
    'Authorization',
  ),
  allowingHeaders(
    'preflight-authorization-and-star',
    'Listing Authorization next to `*` allows it and any other header.',
    {
      headers: [
        ['Authorization', 'Bearer t'],
        ['X-Custom', '1'],
      ],
    },
    'authorization, *',
  ),
  allowingHeaders(
    'preflight-get-custom-header-no-acam',
    'A GET preflighted only for a header needs no ACAM: GET is safelisted.',
    withHeader('X-Token', 'abc'),
    'x-token',
  ),
];
