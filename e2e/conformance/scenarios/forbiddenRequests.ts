import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao: [string, string] = ['access-control-allow-origin', page];
const allowAll = {
  status: 204,
  headers: [
    acao,
    ['access-control-allow-methods', 'PUT'],
    ['access-control-allow-headers', 'x-http-method-override'],
  ] as Array<[string, string]>,
};

/** Request validation: forbidden methods throw, forbidden headers are silently dropped. */
export const forbiddenRequests: Scenario[] = [
  {
    id: 'forbidden-method-connect',
    note: 'CONNECT is a forbidden method: fetch rejects before anything is sent.',
    request: { pageOrigin: page, url, method: 'CONNECT' },
    responses: {},
  },
  {
    id: 'forbidden-method-trace',
    note: 'TRACE is forbidden.',
    request: { pageOrigin: page, url, method: 'TRACE' },
    responses: {},
  },
  {
    id: 'forbidden-method-track-lowercase',
    note: 'Forbidden methods match case-insensitively: `track` is rejected too.',
    request: { pageOrigin: page, url, method: 'track' },
    responses: {},
  },
  {
    id: 'forbidden-method-invalid-token',
    note: 'A method that is not a token is a TypeError.',
    request: { pageOrigin: page, url, method: 'GE T' },
    responses: {},
  },
  {
    id: 'forbidden-header-cookie',
    note: 'Cookie is a forbidden request header: dropped silently, the request stays simple.',
    request: { pageOrigin: page, url, headers: [['Cookie', 'a=1']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-origin',
    note: 'A script cannot forge Origin: the header is dropped and the real origin is sent.',
    request: { pageOrigin: page, url, headers: [['Origin', 'http://evil.example']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-sec-prefix',
    note: 'Any `Sec-` header is forbidden and dropped.',
    request: { pageOrigin: page, url, headers: [['Sec-Custom', '1']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-proxy-prefix',
    note: 'Any `Proxy-` header is forbidden and dropped.',
    request: { pageOrigin: page, url, headers: [['Proxy-Authorization', 'Basic x']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-host-and-referer',
    note: 'Host and Referer cannot be set by script either.',
    request: {
      pageOrigin: page,
      url,
      headers: [
        ['Host', 'example.com'],
        ['Referer', 'http://example.com/'],
      ],
    },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-content-length',
    note: 'Content-Length is computed by the browser; a scripted one is dropped.',
    request: { pageOrigin: page, url, method: 'POST', headers: [['Content-Length', '99']], body: 'abc' },
    responses: { [`POST ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-method-override-trace',
    note: 'X-HTTP-Method-Override naming a forbidden method is itself forbidden (newer Fetch rule).',
    request: {
      pageOrigin: page,
      url,
      method: 'PUT',
      headers: [['X-HTTP-Method-Override', 'TRACE']],
      body: 'x',
    },
    responses: { [`OPTIONS ${url}`]: allowAll, [`PUT ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-method-override-put',
    note: 'X-HTTP-Method-Override with an ordinary method is just a custom header.',
    request: {
      pageOrigin: page,
      url,
      method: 'PUT',
      headers: [['X-HTTP-Method-Override', 'PATCH']],
      body: 'x',
    },
    responses: { [`OPTIONS ${url}`]: allowAll, [`PUT ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-invalid-name',
    note: 'A header name with a space is a TypeError: nothing is sent.',
    request: { pageOrigin: page, url, headers: [['x y', '1']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-invalid-value',
    note: 'A header value with a newline is a TypeError.',
    request: { pageOrigin: page, url, headers: [['x-a', 'a\nb']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
  {
    id: 'forbidden-header-value-trimmed',
    note: 'Leading and trailing whitespace of a value is stripped before the safelist check.',
    request: { pageOrigin: page, url, headers: [['Accept', '  application/json  ']] },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao] } },
  },
];
