import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/raw`;
const same = `${page}/raw`;
const acao: [string, string] = ['access-control-allow-origin', page];
const acam: [string, string] = ['access-control-allow-methods', 'PUT'];
const nul: [string, string] = ['x-foo', 'a\0b'];
const put = { method: 'PUT', body: 'x' };
const ok = { status: 200, headers: [acao] };
const { answered, preflighted } = scenarioBuilders(page, url);

/** A simple GET answered with `status` (and, when given, this exact status line). */
function simpleGet(id: string, note: string, status: number, statusLine?: string): Scenario {
  return answered(id, note, {}, { status, headers: [acao], ...(statusLine ? { statusLine } : {}) });
}

/**
 * Responses the network stack refuses, or lets through, before any CORS check: bytes a header may not
 * hold, statuses a browser treats specially, status lines that are not quite HTTP/1.1.
 */
export const networkFailures: Scenario[] = [
  answered(
    'network-nul-in-value',
    'A NUL byte in any header value makes the whole response invalid: a network error, not CORS.',
    {},
    { status: 200, headers: [acao, nul] },
  ),
  answered(
    'network-nul-same-origin',
    'The NUL byte fails a same-origin response too: nothing to do with CORS.',
    { url: same },
    { status: 200, headers: [nul] },
  ),
  answered(
    'network-nul-no-cors',
    'A no-cors fetch, which would resolve opaque, rejects on the NUL byte.',
    { mode: 'no-cors' },
    { status: 200, headers: [nul] },
  ),
  preflighted(
    'network-nul-in-preflight',
    'A NUL byte in a header of the preflight response fails the preflight below CORS.',
    put,
    { status: 204, headers: [acao, acam, nul] },
    ok,
  ),
  simpleGet('network-407-get', 'A 407 (proxy authentication) from a server that is not a proxy.', 407),
  answered(
    'network-407-same-origin',
    'A same-origin 407 from a server that is not a proxy.',
    { url: same },
    { status: 407, headers: [] },
  ),
  preflighted(
    'network-407-preflight',
    'A 407 answer to a preflight.',
    put,
    { status: 407, headers: [acao, acam] },
    ok,
  ),
  simpleGet('network-status-221', 'An unassigned 2xx status (221) is an ordinary ok status.', 221),
  preflighted(
    'network-status-299-preflight',
    'Any status 200-299, 299 included, is an ok status for a preflight.',
    put,
    { status: 299, headers: [acao, acam] },
    { status: 299, headers: [acao] },
  ),
  simpleGet('network-status-600', 'A status above 599.', 600),
  simpleGet('network-status-999', 'The largest three-digit status.', 999),
  simpleGet('network-status-line-2000', 'A four-digit status code.', 2000, 'HTTP/1.1 2000 OK'),
  simpleGet('network-status-line-099', 'A status below 100.', 99, 'HTTP/1.1 099 Low'),
  simpleGet('network-status-line-no-reason', 'A status line without a reason phrase.', 200, 'HTTP/1.1 200'),
  simpleGet('network-status-line-http10', 'An HTTP/1.0 status line.', 200, 'HTTP/1.0 200 OK'),
  simpleGet('network-status-line-http2', 'An HTTP/2.0 status line over HTTP/1.1.', 200, 'HTTP/2.0 200 OK'),
  simpleGet('network-status-line-lowercase', 'A lower-case protocol name.', 200, 'http/1.1 200 OK'),
  simpleGet(
    'network-status-line-garbage',
    'A first line that is not a status line at all.',
    200,
    'HTP/1.1 200 OK',
  ),
];
