import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];
const ok = { status: 200, headers: [acao(page)] };
const { answered, unanswered } = scenarioBuilders(page, url);
/** A plain GET answered 200 with `headers`: most scenarios here differ only in those. */
const get = (id: string, note: string, ...headers: HeaderList) =>
  answered(id, note, {}, { status: 200, headers });

/** Simple (non-preflighted) requests and the Access-Control-Allow-Origin check on their response. */
export const simpleRequests: Scenario[] = [
  get(
    'simple-get-acao-exact',
    'A simple GET whose response allows the page origin exactly is readable.',
    acao(page),
  ),
  get(
    'simple-get-acao-missing',
    'Without Access-Control-Allow-Origin the response is blocked, though the server answered.',
    ['x-data', '1'],
  ),
  get('simple-get-acao-star', 'A wildcard allows any origin when no credentials are sent.', acao('*')),
  get(
    'simple-get-acao-mismatch',
    'An allowed origin that differs only in port does not match.',
    acao('http://localhost:17009'),
  ),
  get('simple-get-acao-null', 'ACAO `null` does not match a real origin.', acao('null')),
  get(
    'simple-get-acao-two-lines',
    'Two ACAO header lines combine to "a, a", which is never a valid single origin.',
    acao(page),
    acao(page),
  ),
  get(
    'simple-get-acao-comma-list',
    'A comma-separated list of origins (a common server mistake) is rejected.',
    acao(`${page}, ${api}`),
  ),
  get(
    'simple-get-acao-star-twice',
    'Two `*` lines combine to "*, *", which is not the wildcard.',
    acao('*'),
    acao('*'),
  ),
  get(
    'simple-get-acao-trailing-slash',
    'An origin is compared byte for byte: a trailing slash makes it a different string.',
    acao(`${page}/`),
  ),
  get('simple-get-acao-uppercase', 'Origin comparison is case-sensitive.', acao(page.toUpperCase())),
  get('simple-get-acao-empty', 'An empty ACAO value allows nothing.', acao('')),
  get(
    'simple-get-acao-padded',
    'Surrounding whitespace is not part of a header value, so a padded origin still matches.',
    acao(`  ${page}  `),
  ),
  answered('simple-head-acao', 'HEAD is a CORS-safelisted method: no preflight.', { method: 'HEAD' }, ok),
  answered(
    'simple-post-text-body',
    'A POST with a string body gets Content-Type text/plain;charset=UTF-8, which is safelisted.',
    { method: 'POST', body: 'hello' },
    { status: 201, headers: [acao(page)] },
  ),
  answered(
    'simple-get-500-with-acao',
    'An error status with ACAO is still a readable response: the promise resolves.',
    {},
    { status: 500, headers: [acao(page)] },
  ),
  unanswered(
    'simple-get-404-unscripted',
    'A 404 without CORS headers (e.g. an error page from a framework) is blocked, not a readable 404.',
  ),
  answered(
    'simple-get-lowercase-method',
    '`get` is normalized to `GET`, so it stays a simple request.',
    { method: 'get' },
    ok,
  ),
  answered(
    'simple-get-with-body',
    'A GET with a body is rejected by the Request constructor; nothing is sent.',
    { body: 'x' },
    ok,
  ),
  answered(
    'simple-post-acao-missing',
    'A blocked simple POST still reached the server (the reason CSRF defences cannot rely on CORS).',
    { method: 'POST', body: 'a=1' },
    { status: 200, headers: [] },
  ),
];
