import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao: [string, string] = ['access-control-allow-origin', page];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];
const aceh = (value: string): [string, string] => ['access-control-expose-headers', value];
const custom: Array<[string, string]> = [
  ['x-foo', 'foo'],
  ['x-bar', 'bar'],
];
const { answered } = scenarioBuilders(page, url);
/** A GET answered 200 with `headers`: what JavaScript may read of them is the question. */
const get = (id: string, note: string, ...headers: HeaderList) =>
  answered(id, note, {}, { status: 200, headers });
/** The same GET with credentials included. */
const getWithCredentials = (id: string, note: string, ...headers: HeaderList) =>
  answered(id, note, { credentials: 'include' }, { status: 200, headers });

/** Which response headers JavaScript can read from a CORS response. */
export const exposedHeaders: Scenario[] = [
  get('expose-none', 'Without ACEH only CORS-safelisted response headers are readable.', acao, ...custom),
  get('expose-list', 'ACEH lists the extra headers JavaScript may read.', acao, aceh('X-Foo'), ...custom),
  get(
    'expose-list-case-and-spaces',
    'Exposed names match case-insensitively; spaces around commas are fine.',
    acao,
    aceh('x-FOO ,  X-Bar'),
    ...custom,
  ),
  get(
    'expose-two-lines',
    'Two ACEH lines combine into one list.',
    acao,
    aceh('x-foo'),
    aceh('x-bar'),
    ...custom,
  ),
  get(
    'expose-star',
    'ACEH `*` exposes every header (but Set-Cookie) when credentials are not included.',
    acao,
    aceh('*'),
    ...custom,
    ['set-cookie', 'a=1'],
  ),
  getWithCredentials(
    'expose-star-credentials',
    'With credentials, ACEH `*` is a header literally named `*`.',
    acao,
    acac,
    aceh('*'),
    ...custom,
  ),
  getWithCredentials(
    'expose-list-credentials',
    'Named headers are exposed with credentials too.',
    acao,
    acac,
    aceh('x-bar'),
    ...custom,
  ),
  get(
    'expose-safelisted-response-headers',
    'The seven safelisted response headers are readable without ACEH.',
    acao,
    ['cache-control', 'no-store'],
    ['content-language', 'en'],
    ['content-type', 'text/plain'],
    ['expires', 'Thu, 01 Jan 1970 00:00:00 GMT'],
    ['last-modified', 'Thu, 01 Jan 1970 00:00:00 GMT'],
    ['pragma', 'no-cache'],
    ['etag', '"v1"'],
    ['vary', 'Origin'],
  ),
  get(
    'expose-set-cookie',
    'Set-Cookie is never readable, even when listed in ACEH.',
    acao,
    aceh('Set-Cookie, X-Foo'),
    ['set-cookie', 'a=1'],
    ...custom,
  ),
  get(
    'expose-duplicate-values',
    'A header sent twice is read as the two values joined by ", ".',
    acao,
    aceh('x-foo'),
    ['x-foo', 'one'],
    ['x-foo', 'two'],
  ),
  get(
    'expose-invalid-list',
    'An ACEH value that is not a valid list of tokens.',
    acao,
    aceh('x-foo, , x-bar'),
    ...custom,
  ),
];
