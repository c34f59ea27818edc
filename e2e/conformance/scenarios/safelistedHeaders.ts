import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao: [string, string] = ['access-control-allow-origin', page];
/** A preflight answer that allows whatever headers were asked for, to see which ones were. */
const preflightAllowing = (headers: string) => ({
  status: 204,
  headers: [acao, ['access-control-allow-headers', headers] as [string, string]],
});

/** CORS-safelisted request headers: which names and values keep a request simple. */
export const safelistedHeaders: Scenario[] = [
  {
    id: 'safelist-content-type-form',
    note: 'application/x-www-form-urlencoded is a safelisted Content-Type: no preflight.',
    request: {
      pageOrigin: page,
      url,
      method: 'POST',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: 'a=1',
    },
    responses: { [`POST ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'safelist-content-type-multipart',
    note: 'multipart/form-data with parameters is safelisted.',
    request: {
      pageOrigin: page,
      url,
      method: 'POST',
      headers: [['Content-Type', 'multipart/form-data; boundary=xyz']],
      body: '--xyz--',
    },
    responses: { [`POST ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'safelist-content-type-mixed-case-params',
    note: 'The MIME essence is compared case-insensitively and parameters are allowed.',
    request: {
      pageOrigin: page,
      url,
      method: 'POST',
      headers: [['Content-Type', 'Text/Plain; charset=utf-8; x=y']],
      body: 'hi',
    },
    responses: { [`POST ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'safelist-content-type-json',
    note: 'application/json is not safelisted: preflight with ACRH content-type.',
    request: {
      pageOrigin: page,
      url,
      method: 'POST',
      headers: [['Content-Type', 'application/json']],
      body: '{}',
    },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('Content-Type'),
      [`POST ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-content-type-json-not-allowed',
    note: 'A preflight that does not allow content-type blocks a JSON POST before it is sent.',
    request: {
      pageOrigin: page,
      url,
      method: 'POST',
      headers: [['Content-Type', 'application/json']],
      body: '{}',
    },
    responses: {
      [`OPTIONS ${url}`]: { status: 204, headers: [acao] },
      [`POST ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-content-type-unparsable',
    note: 'A Content-Type that is not a parsable MIME type is not safelisted.',
    request: { pageOrigin: page, url, method: 'POST', headers: [['Content-Type', 'text']], body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('content-type'),
      [`POST ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-content-type-unsafe-byte',
    note: 'A CORS-unsafe byte such as "(" anywhere in the value makes Content-Type non-safelisted.',
    request: {
      pageOrigin: page,
      url,
      method: 'POST',
      headers: [['Content-Type', 'text/plain; a=(b)']],
      body: 'x',
    },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('content-type'),
      [`POST ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-accept-json',
    note: 'Accept with ordinary bytes is safelisted.',
    request: { pageOrigin: page, url, headers: [['Accept', 'application/json']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'safelist-accept-unsafe-byte',
    note: 'A double quote is a CORS-unsafe request-header byte: Accept now needs a preflight.',
    request: { pageOrigin: page, url, headers: [['Accept', 'text/"x"']] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('accept'),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-accept-128-bytes',
    note: 'A safelisted header value of exactly 128 bytes is still safelisted.',
    request: { pageOrigin: page, url, headers: [['Accept', `text/${'a'.repeat(123)}`]] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'safelist-accept-129-bytes',
    note: 'One byte over 128 makes Accept non-safelisted: preflight with ACRH accept.',
    request: { pageOrigin: page, url, headers: [['Accept', `text/${'a'.repeat(124)}`]] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('accept'),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-accept-129-bytes-blocked',
    note: 'The over-long Accept is not allowed by a preflight that lists no headers.',
    request: { pageOrigin: page, url, headers: [['Accept', `text/${'a'.repeat(124)}`]] },
    responses: {
      [`OPTIONS ${url}`]: { status: 204, headers: [acao] },
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-content-language-ok',
    note: 'Content-Language with letters, digits and hyphens is safelisted.',
    request: { pageOrigin: page, url, headers: [['Content-Language', 'en-US']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'safelist-content-language-underscore',
    note: 'An underscore is outside the Content-Language byte set: preflight.',
    request: { pageOrigin: page, url, headers: [['Content-Language', 'en_US']] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('content-language'),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-accept-language-q',
    note: 'Accept-Language with q-values uses only allowed bytes.',
    request: { pageOrigin: page, url, headers: [['Accept-Language', 'de-CH, en;q=0.5']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'safelist-accept-language-colon',
    note: 'A colon is not allowed in Accept-Language: preflight.',
    request: { pageOrigin: page, url, headers: [['Accept-Language', 'en:US']] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('accept-language'),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-range-simple',
    note: 'A single `bytes=a-b` Range is safelisted by the standard.',
    request: { pageOrigin: page, url, headers: [['Range', 'bytes=0-10']] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('range'),
      [`GET ${url}`]: { status: 206, headers: [acao] },
    },
  },
  {
    id: 'safelist-range-suffix',
    note: 'A suffix Range (`bytes=-5`) is not a simple range: preflight.',
    request: { pageOrigin: page, url, headers: [['Range', 'bytes=-5']] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('range'),
      [`GET ${url}`]: { status: 206, headers: [acao] },
    },
  },
  {
    id: 'safelist-x-requested-with',
    note: 'X-Requested-With (set by old jQuery) is a custom header: preflight.',
    request: { pageOrigin: page, url, headers: [['X-Requested-With', 'XMLHttpRequest']] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('x-requested-with'),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-acrh-lists-only-unsafe',
    note: 'ACRH lists only the non-safelisted headers, lower-cased and sorted.',
    request: {
      pageOrigin: page,
      url,
      headers: [
        ['Accept', 'application/json'],
        ['X-Zeta', '1'],
        ['X-Alpha', '2'],
        ['Content-Language', 'en'],
      ],
    },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('x-zeta, x-alpha'),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
  {
    id: 'safelist-save-data',
    note: 'Save-Data is not in the standard safelist.',
    request: { pageOrigin: page, url, headers: [['Save-Data', 'on']] },
    responses: {
      [`OPTIONS ${url}`]: preflightAllowing('save-data'),
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  },
];
