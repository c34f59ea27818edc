import type { HeaderList } from '../../../packages/engine/src/http/httpTypes.ts';
import type { Scenario, ScriptedResponses } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api, third } = origins;
const start = `${api}/start`;
const final = `${api}/final`;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];
const hop = (status: number, location: string, headers: HeaderList = [acao(page)]) => ({
  status,
  headers: [...headers, ['location', location] as [string, string]],
});
const done = (headers: HeaderList = [acao(page)]) => ({ status: 200, headers });

/** `count` redirects in a row on the API origin, then a readable 200. */
function redirectChain(count: number): ScriptedResponses {
  const responses: ScriptedResponses = {};
  for (let i = 0; i < count; i += 1) responses[`GET ${api}/hop${i}`] = hop(302, `${api}/hop${i + 1}`);
  responses[`GET ${api}/hop${count}`] = done();
  return responses;
}

const statusScenarios: Scenario[] = [301, 302, 303, 307, 308].map((status) => ({
  id: `redirect-get-${status}`,
  note: `A GET followed through a ${status} with ACAO on both responses is readable and marked redirected.`,
  request: { pageOrigin: page, url: start },
  responses: { [`GET ${start}`]: hop(status, final), [`GET ${final}`]: done() },
}));

const postScenarios: Scenario[] = [301, 302, 303, 307, 308].map((status) => ({
  id: `redirect-post-${status}`,
  note:
    status === 307 || status === 308
      ? `${status} keeps POST and its body.`
      : `${status} turns a POST into a GET without a body.`,
  request: { pageOrigin: page, url: start, method: 'POST', body: 'a=1' },
  responses: {
    [`POST ${start}`]: hop(status, final),
    [`GET ${final}`]: done(),
    [`POST ${final}`]: done(),
  },
}));

/** Redirect handling: method rewrite, CORS check on each hop, tainted origins, modes and limits. */
export const redirectRequests: Scenario[] = [
  ...statusScenarios,
  ...postScenarios,
  {
    id: 'redirect-put-303',
    note: 'A preflighted PUT redirected by 303 continues as a GET; the GET needs no preflight.',
    request: { pageOrigin: page, url: start, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${start}`]: { status: 204, headers: [acao(page), ['access-control-allow-methods', 'PUT']] },
      [`PUT ${start}`]: hop(303, final),
      [`GET ${final}`]: done(),
    },
  },
  {
    id: 'redirect-put-301',
    note: '301 rewrites only POST: the PUT stays a PUT and the new URL gets its own preflight.',
    request: { pageOrigin: page, url: start, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${start}`]: { status: 204, headers: [acao(page), ['access-control-allow-methods', 'PUT']] },
      [`PUT ${start}`]: hop(301, final),
      [`OPTIONS ${final}`]: { status: 204, headers: [acao(page), ['access-control-allow-methods', 'PUT']] },
      [`PUT ${final}`]: done(),
    },
  },
  {
    id: 'redirect-acao-missing-on-redirect',
    note: 'The CORS check runs on the redirect response too: no ACAO there blocks the fetch.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, final, []), [`GET ${final}`]: done() },
  },
  {
    id: 'redirect-then-cors-failure',
    note: 'The redirect passes but the final response lacks ACAO.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, final), [`GET ${final}`]: done([]) },
  },
  {
    id: 'redirect-cross-origin-hop-acao-null',
    note: 'After a hop to another origin the Origin becomes `null`; ACAO null then matches.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, `${third}/final`), [`GET ${third}/final`]: done([acao('null')]) },
  },
  {
    id: 'redirect-cross-origin-hop-acao-page',
    note: 'After the tainting hop, allowing the page origin no longer matches the `null` origin.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, `${third}/final`), [`GET ${third}/final`]: done() },
  },
  {
    id: 'redirect-cross-origin-hop-acao-star',
    note: 'ACAO `*` still works after the tainting hop.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, `${third}/final`), [`GET ${third}/final`]: done([acao('*')]) },
  },
  {
    id: 'redirect-same-origin-to-cross-origin',
    note: 'A same-origin URL redirecting to another origin: the request becomes CORS, Origin is the page.',
    request: { pageOrigin: page, url: `${page}/start` },
    responses: { [`GET ${page}/start`]: hop(302, final, []), [`GET ${final}`]: done() },
  },
  {
    id: 'redirect-cross-origin-back-to-page',
    note: 'A cross-origin URL redirecting back to the page origin: tainted, Origin null, still a CORS response.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, `${page}/final`), [`GET ${page}/final`]: done([acao('null')]) },
  },
  {
    id: 'redirect-cross-origin-back-to-page-no-acao',
    note: 'Back on the page origin, a response without ACAO is still blocked (response tainting stays cors).',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, `${page}/final`), [`GET ${page}/final`]: done([]) },
  },
  {
    id: 'redirect-relative-location',
    note: 'A relative Location resolves against the current URL.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, '/final'), [`GET ${final}`]: done() },
  },
  {
    id: 'redirect-manual',
    note: 'redirect: manual resolves with an opaque-redirect response (status 0).',
    request: { pageOrigin: page, url: start, redirect: 'manual' },
    responses: { [`GET ${start}`]: hop(302, final), [`GET ${final}`]: done() },
  },
  {
    id: 'redirect-manual-no-acao',
    note: 'redirect: manual on a redirect without ACAO.',
    request: { pageOrigin: page, url: start, redirect: 'manual' },
    responses: { [`GET ${start}`]: hop(302, final, []), [`GET ${final}`]: done() },
  },
  {
    id: 'redirect-error',
    note: 'redirect: error rejects on the first redirect.',
    request: { pageOrigin: page, url: start, redirect: 'error' },
    responses: { [`GET ${start}`]: hop(302, final), [`GET ${final}`]: done() },
  },
  {
    id: 'redirect-loop',
    note: 'A redirect loop fails after 20 redirects.',
    request: { pageOrigin: page, url: `${api}/a` },
    responses: { [`GET ${api}/a`]: hop(302, `${api}/b`), [`GET ${api}/b`]: hop(302, `${api}/a`) },
  },
  {
    id: 'redirect-chain-20',
    note: 'Exactly 20 redirects is still allowed.',
    request: { pageOrigin: page, url: `${api}/hop0` },
    responses: redirectChain(20),
  },
  {
    id: 'redirect-chain-21',
    note: 'The 21st redirect is a network error.',
    request: { pageOrigin: page, url: `${api}/hop0` },
    responses: redirectChain(21),
  },
  {
    id: 'redirect-location-userinfo',
    note: 'A CORS redirect to a URL with credentials in it is a network error.',
    request: { pageOrigin: page, url: start },
    responses: {
      [`GET ${start}`]: hop(302, 'http://user:pass@localhost:17002/final'),
      [`GET ${final}`]: done(),
    },
  },
  {
    id: 'redirect-location-data-url',
    note: 'A redirect to a non-HTTP(S) URL is a network error.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: hop(302, 'data:text/plain,hi') },
  },
  {
    id: 'redirect-no-location',
    note: 'A 302 without Location is not a redirect: it is the response.',
    request: { pageOrigin: page, url: start },
    responses: { [`GET ${start}`]: { status: 302, headers: [acao(page)] } },
  },
  {
    id: 'redirect-preflighted-cross-origin-hop',
    note: 'A preflighted request redirected to another origin is preflighted again there, with Origin null.',
    request: { pageOrigin: page, url: start, method: 'PUT', headers: [['X-Custom', '1']], body: 'x' },
    responses: {
      [`OPTIONS ${start}`]: {
        status: 204,
        headers: [
          acao(page),
          ['access-control-allow-methods', 'PUT'],
          ['access-control-allow-headers', 'x-custom'],
        ],
      },
      [`PUT ${start}`]: hop(307, `${third}/final`),
      [`OPTIONS ${third}/final`]: {
        status: 204,
        headers: [
          acao('null'),
          ['access-control-allow-methods', 'PUT'],
          ['access-control-allow-headers', 'x-custom'],
        ],
      },
      [`PUT ${third}/final`]: done([acao('null')]),
    },
  },
  {
    id: 'redirect-credentials-cross-origin-hop',
    note: 'With credentials, the tainted request needs ACAO null and ACAC true.',
    request: { pageOrigin: page, url: start, credentials: 'include' },
    responses: {
      [`GET ${start}`]: hop(302, `${third}/final`, [
        acao(page),
        ['access-control-allow-credentials', 'true'],
      ]),
      [`GET ${third}/final`]: done([acao('null'), ['access-control-allow-credentials', 'true']]),
    },
  },
];
