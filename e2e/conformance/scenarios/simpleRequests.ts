import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/data`;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];

/** Simple (non-preflighted) requests and the Access-Control-Allow-Origin check on their response. */
export const simpleRequests: Scenario[] = [
  {
    id: 'simple-get-acao-exact',
    note: 'A simple GET whose response allows the page origin exactly is readable.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page)] } },
  },
  {
    id: 'simple-get-acao-missing',
    note: 'Without Access-Control-Allow-Origin the response is blocked, though the server answered.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [['x-data', '1']] } },
  },
  {
    id: 'simple-get-acao-star',
    note: 'A wildcard allows any origin when no credentials are sent.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('*')] } },
  },
  {
    id: 'simple-get-acao-mismatch',
    note: 'An allowed origin that differs only in port does not match.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('http://localhost:17009')] } },
  },
  {
    id: 'simple-get-acao-null',
    note: 'ACAO `null` does not match a real origin.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('null')] } },
  },
  {
    id: 'simple-get-acao-two-lines',
    note: 'Two ACAO header lines combine to "a, a", which is never a valid single origin.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page), acao(page)] } },
  },
  {
    id: 'simple-get-acao-comma-list',
    note: 'A comma-separated list of origins (a common server mistake) is rejected.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(`${page}, ${api}`)] } },
  },
  {
    id: 'simple-get-acao-star-twice',
    note: 'Two `*` lines combine to "*, *", which is not the wildcard.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('*'), acao('*')] } },
  },
  {
    id: 'simple-get-acao-trailing-slash',
    note: 'An origin is compared byte for byte: a trailing slash makes it a different string.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(`${page}/`)] } },
  },
  {
    id: 'simple-get-acao-uppercase',
    note: 'Origin comparison is case-sensitive.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page.toUpperCase())] } },
  },
  {
    id: 'simple-get-acao-empty',
    note: 'An empty ACAO value allows nothing.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('')] } },
  },
  {
    id: 'simple-get-acao-padded',
    note: 'Surrounding whitespace is not part of a header value, so a padded origin still matches.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(`  ${page}  `)] } },
  },
  {
    id: 'simple-head-acao',
    note: 'HEAD is a CORS-safelisted method: no preflight.',
    request: { pageOrigin: page, url, method: 'HEAD' },
    responses: { [`HEAD ${url}`]: { status: 200, headers: [acao(page)] } },
  },
  {
    id: 'simple-post-text-body',
    note: 'A POST with a string body gets Content-Type text/plain;charset=UTF-8, which is safelisted.',
    request: { pageOrigin: page, url, method: 'POST', body: 'hello' },
    responses: { [`POST ${url}`]: { status: 201, headers: [acao(page)] } },
  },
  {
    id: 'simple-get-500-with-acao',
    note: 'An error status with ACAO is still a readable response: the promise resolves.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 500, headers: [acao(page)] } },
  },
  {
    id: 'simple-get-404-unscripted',
    note: 'A 404 without CORS headers (e.g. an error page from a framework) is blocked, not a readable 404.',
    request: { pageOrigin: page, url },
    responses: {},
  },
  {
    id: 'simple-get-lowercase-method',
    note: '`get` is normalized to `GET`, so it stays a simple request.',
    request: { pageOrigin: page, url, method: 'get' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page)] } },
  },
  {
    id: 'simple-get-with-body',
    note: 'A GET with a body is rejected by the Request constructor; nothing is sent.',
    request: { pageOrigin: page, url, body: 'x' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page)] } },
  },
  {
    id: 'simple-post-acao-missing',
    note: 'A blocked simple POST still reached the server (the reason CSRF defences cannot rely on CORS).',
    request: { pageOrigin: page, url, method: 'POST', body: 'a=1' },
    responses: { [`POST ${url}`]: { status: 200, headers: [] } },
  },
];
