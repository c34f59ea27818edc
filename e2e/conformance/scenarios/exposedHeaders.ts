import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao: [string, string] = ['access-control-allow-origin', page];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];
const aceh = (value: string): [string, string] => ['access-control-expose-headers', value];
const custom: Array<[string, string]> = [
  ['x-foo', 'foo'],
  ['x-bar', 'bar'],
];

/** Which response headers JavaScript can read from a CORS response. */
export const exposedHeaders: Scenario[] = [
  {
    id: 'expose-none',
    note: 'Without ACEH only CORS-safelisted response headers are readable.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, ...custom] } },
  },
  {
    id: 'expose-list',
    note: 'ACEH lists the extra headers JavaScript may read.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, aceh('X-Foo'), ...custom] } },
  },
  {
    id: 'expose-list-case-and-spaces',
    note: 'Exposed names match case-insensitively; spaces around commas are fine.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, aceh('x-FOO ,  X-Bar'), ...custom] } },
  },
  {
    id: 'expose-two-lines',
    note: 'Two ACEH lines combine into one list.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, aceh('x-foo'), aceh('x-bar'), ...custom] } },
  },
  {
    id: 'expose-star',
    note: 'ACEH `*` exposes every header (but Set-Cookie) when credentials are not included.',
    request: { pageOrigin: page, url },
    responses: {
      [`GET ${url}`]: { status: 200, headers: [acao, aceh('*'), ...custom, ['set-cookie', 'a=1']] },
    },
  },
  {
    id: 'expose-star-credentials',
    note: 'With credentials, ACEH `*` is a header literally named `*`.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, acac, aceh('*'), ...custom] } },
  },
  {
    id: 'expose-list-credentials',
    note: 'Named headers are exposed with credentials too.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, acac, aceh('x-bar'), ...custom] } },
  },
  {
    id: 'expose-safelisted-response-headers',
    note: 'The seven safelisted response headers are readable without ACEH.',
    request: { pageOrigin: page, url },
    responses: {
      [`GET ${url}`]: {
        status: 200,
        headers: [
          acao,
          ['cache-control', 'no-store'],
          ['content-language', 'en'],
          ['content-type', 'text/plain'],
          ['expires', 'Thu, 01 Jan 1970 00:00:00 GMT'],
          ['last-modified', 'Thu, 01 Jan 1970 00:00:00 GMT'],
          ['pragma', 'no-cache'],
          ['etag', '"v1"'],
          ['vary', 'Origin'],
        ],
      },
    },
  },
  {
    id: 'expose-set-cookie',
    note: 'Set-Cookie is never readable, even when listed in ACEH.',
    request: { pageOrigin: page, url },
    responses: {
      [`GET ${url}`]: {
        status: 200,
        headers: [acao, aceh('Set-Cookie, X-Foo'), ['set-cookie', 'a=1'], ...custom],
      },
    },
  },
  {
    id: 'expose-duplicate-values',
    note: 'A header sent twice is read as the two values joined by ", ".',
    request: { pageOrigin: page, url },
    responses: {
      [`GET ${url}`]: {
        status: 200,
        headers: [acao, aceh('x-foo'), ['x-foo', 'one'], ['x-foo', 'two']],
      },
    },
  },
  {
    id: 'expose-invalid-list',
    note: 'An ACEH value that is not a valid list of tokens.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao, aceh('x-foo, , x-bar'), ...custom] } },
  },
];
