import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders, type ScenarioInit } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao: [string, string] = ['access-control-allow-origin', page];
const ok = { status: 200, headers: [acao] };
const partial = { status: 206, headers: [acao] };
/** A preflight answer that allows whatever headers were asked for, to see which ones were. */
const preflightAllowing = (headers: string) => ({
  status: 204,
  headers: [acao, ['access-control-allow-headers', headers] as [string, string]],
});
const preflightAllowingNone = { status: 204, headers: [acao] };
const { answered, preflighted } = scenarioBuilders(page, url);
/** A GET with one request header: the header is what each scenario probes. */
const withHeader = (name: string, value: string): ScenarioInit => ({ headers: [[name, value]] });
/** A POST whose body has this Content-Type. */
const postAs = (contentType: string, body: string): ScenarioInit => ({
  method: 'POST',
  headers: [['Content-Type', contentType]],
  body,
});

/** CORS-safelisted request headers: which names and values keep a request simple. */
export const safelistedHeaders: Scenario[] = [
  answered(
    'safelist-content-type-form',
    'application/x-www-form-urlencoded is a safelisted Content-Type: no preflight.',
    postAs('application/x-www-form-urlencoded', 'a=1'),
    ok,
  ),
  answered(
    'safelist-content-type-multipart',
    'multipart/form-data with parameters is safelisted.',
    postAs('multipart/form-data; boundary=xyz', '--xyz--'),
    ok,
  ),
  answered(
    'safelist-content-type-mixed-case-params',
    'The MIME essence is compared case-insensitively and parameters are allowed.',
    postAs('Text/Plain; charset=utf-8; x=y', 'hi'),
    ok,
  ),
  preflighted(
    'safelist-content-type-json',
    'application/json is not safelisted: preflight with ACRH content-type.',
    postAs('application/json', '{}'),
    preflightAllowing('Content-Type'),
    ok,
  ),
  preflighted(
    'safelist-content-type-json-not-allowed',
    'A preflight that does not allow content-type blocks a JSON POST before it is sent.',
    postAs('application/json', '{}'),
    preflightAllowingNone,
    ok,
  ),
  preflighted(
    'safelist-content-type-unparsable',
    'A Content-Type that is not a parsable MIME type is not safelisted.',
    postAs('text', 'x'),
    preflightAllowing('content-type'),
    ok,
  ),
  preflighted(
    'safelist-content-type-unsafe-byte',
    'A CORS-unsafe byte such as "(" anywhere in the value makes Content-Type non-safelisted.',
    postAs('text/plain; a=(b)', 'x'),
    preflightAllowing('content-type'),
    ok,
  ),
  answered(
    'safelist-accept-json',
    'Accept with ordinary bytes is safelisted.',
    withHeader('Accept', 'application/json'),
    ok,
  ),
  preflighted(
    'safelist-accept-unsafe-byte',
    'A double quote is a CORS-unsafe request-header byte: Accept now needs a preflight.',
    withHeader('Accept', 'text/"x"'),
    preflightAllowing('accept'),
    ok,
  ),
  answered(
    'safelist-accept-128-bytes',
    'A safelisted header value of exactly 128 bytes is still safelisted.',
    withHeader('Accept', `text/${'a'.repeat(123)}`),
    ok,
  ),
  preflighted(
    'safelist-accept-129-bytes',
    'One byte over 128 makes Accept non-safelisted: preflight with ACRH accept.',
    withHeader('Accept', `text/${'a'.repeat(124)}`),
    preflightAllowing('accept'),
    ok,
  ),
  preflighted(
    'safelist-accept-129-bytes-blocked',
    'The over-long Accept is not allowed by a preflight that lists no headers.',
    withHeader('Accept', `text/${'a'.repeat(124)}`),
    preflightAllowingNone,
    ok,
  ),
  answered(
    'safelist-content-language-ok',
    'Content-Language with letters, digits and hyphens is safelisted.',
    withHeader('Content-Language', 'en-US'),
    ok,
  ),
  preflighted(
    'safelist-content-language-underscore',
    'An underscore is outside the Content-Language byte set: preflight.',
    withHeader('Content-Language', 'en_US'),
    preflightAllowing('content-language'),
    ok,
  ),
  answered(
    'safelist-accept-language-q',
    'Accept-Language with q-values uses only allowed bytes.',
    withHeader('Accept-Language', 'de-CH, en;q=0.5'),
    ok,
  ),
  preflighted(
    'safelist-accept-language-colon',
    'A colon is not allowed in Accept-Language: preflight.',
    withHeader('Accept-Language', 'en:US'),
    preflightAllowing('accept-language'),
    ok,
  ),
  preflighted(
    'safelist-range-simple',
    'A single `bytes=a-b` Range is safelisted by the standard.',
    withHeader('Range', 'bytes=0-10'),
    preflightAllowing('range'),
    partial,
  ),
  preflighted(
    'safelist-range-suffix',
    'A suffix Range (`bytes=-5`) is not a simple range: preflight.',
    withHeader('Range', 'bytes=-5'),
    preflightAllowing('range'),
    partial,
  ),
  preflighted(
    'safelist-x-requested-with',
    'X-Requested-With (set by old jQuery) is a custom header: preflight.',
    withHeader('X-Requested-With', 'XMLHttpRequest'),
    preflightAllowing('x-requested-with'),
    ok,
  ),
  preflighted(
    'safelist-acrh-lists-only-unsafe',
    'ACRH lists only the non-safelisted headers, lower-cased and sorted.',
    {
      headers: [
        ['Accept', 'application/json'],
        ['X-Zeta', '1'],
        ['X-Alpha', '2'],
        ['Content-Language', 'en'],
      ],
    },
    preflightAllowing('x-zeta, x-alpha'),
    ok,
  ),
  preflighted(
    'safelist-save-data',
    'Save-Data is not in the standard safelist.',
    withHeader('Save-Data', 'on'),
    preflightAllowing('save-data'),
    ok,
  ),
];
