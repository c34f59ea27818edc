import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders, type ScenarioInit } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao: [string, string] = ['access-control-allow-origin', page];
const ok = { status: 200, headers: [acao] };
const allowAll = {
  status: 204,
  headers: [
    acao,
    ['access-control-allow-methods', 'PUT'],
    ['access-control-allow-headers', 'x-http-method-override'],
  ] as Array<[string, string]>,
};
const { answered, preflighted, unanswered } = scenarioBuilders(page, url);
/** A GET with one request header set by script, answered 200 with ACAO. */
const getWithHeader = (id: string, note: string, name: string, value: string) =>
  answered(id, note, { headers: [[name, value]] }, ok);
/** A fetch with `method` and nothing scripted: fetch() is expected to reject it before sending. */
const refusedMethod = (id: string, note: string, method: string) => unanswered(id, note, { method });
/** A PUT that asks, through X-HTTP-Method-Override, to be treated as `method`. */
const overriding = (method: string): ScenarioInit => ({
  method: 'PUT',
  headers: [['X-HTTP-Method-Override', method]],
  body: 'x',
});

/** Request validation: forbidden methods throw, forbidden headers are silently dropped. */
export const forbiddenRequests: Scenario[] = [
  refusedMethod(
    'forbidden-method-connect',
    'CONNECT is a forbidden method: fetch rejects before anything is sent.',
    'CONNECT',
  ),
  refusedMethod('forbidden-method-trace', 'TRACE is forbidden.', 'TRACE'),
  refusedMethod(
    'forbidden-method-track-lowercase',
    'Forbidden methods match case-insensitively: `track` is rejected too.',
    'track',
  ),
  refusedMethod('forbidden-method-invalid-token', 'A method that is not a token is a TypeError.', 'GE T'),
  getWithHeader(
    'forbidden-header-cookie',
    'Cookie is a forbidden request header: dropped silently, the request stays simple.',
    'Cookie',
    'a=1',
  ),
  getWithHeader(
    'forbidden-header-origin',
    'A script cannot forge Origin: the header is dropped and the real origin is sent.',
    'Origin',
    'http://evil.example',
  ),
  getWithHeader(
    'forbidden-header-sec-prefix',
    'Any `Sec-` header is forbidden and dropped.',
    'Sec-Custom',
    '1',
  ),
  getWithHeader(
    'forbidden-header-proxy-prefix',
    'Any `Proxy-` header is forbidden and dropped.',
    'Proxy-Authorization',
    'Basic x',
  ),
  answered(
    'forbidden-header-host-and-referer',
    'Host and Referer cannot be set by script either.',
    {
      headers: [
        ['Host', 'example.com'],
        ['Referer', 'http://example.com/'],
      ],
    },
    ok,
  ),
  answered(
    'forbidden-header-content-length',
    'Content-Length is computed by the browser; a scripted one is dropped.',
    { method: 'POST', headers: [['Content-Length', '99']], body: 'abc' },
    ok,
  ),
  preflighted(
    'forbidden-header-method-override-trace',
    'X-HTTP-Method-Override naming a forbidden method is itself forbidden (newer Fetch rule).',
    overriding('TRACE'),
    allowAll,
    ok,
  ),
  preflighted(
    'forbidden-header-method-override-put',
    'X-HTTP-Method-Override with an ordinary method is just a custom header.',
    overriding('PATCH'),
    allowAll,
    ok,
  ),
  getWithHeader(
    'forbidden-header-invalid-name',
    'A header name with a space is a TypeError: nothing is sent.',
    'x y',
    '1',
  ),
  getWithHeader(
    'forbidden-header-invalid-value',
    'A header value with a newline is a TypeError.',
    'x-a',
    'a\nb',
  ),
  getWithHeader(
    'forbidden-header-value-trimmed',
    'Leading and trailing whitespace of a value is stripped before the safelist check.',
    'Accept',
    '  application/json  ',
  ),
];
