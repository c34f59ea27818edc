import type { HeaderList } from '@cors-playground/engine';
import type { Scenario, ScriptedResponses } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, api, third } = origins;
const start = `${api}/start`;
const final = `${api}/final`;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];
const hop = (status: number, location: string, headers: HeaderList = [acao(page)]) => ({
  status,
  headers: [...headers, ['location', location] as [string, string]],
});
const done = (headers: HeaderList = [acao(page)]) => ({ status: 200, headers });
const preflightPut = {
  status: 204,
  headers: [acao(page), ['access-control-allow-methods', 'PUT'] as [string, string]],
};
const { answered, preflighted } = scenarioBuilders(page, start);

/**
 * Builds scenarios of a GET of `start` that a 302 allowing the page redirects to `location`; there the
 * server answers 200 with the `finalHeaders` each scenario gives.
 */
const redirectedTo =
  (location: string) =>
  (id: string, note: string, ...finalHeaders: HeaderList) =>
    answered(id, note, {}, hop(302, location), { [`GET ${location}`]: done(finalHeaders) });
const redirectedToFinal = redirectedTo(final);
/** The hop to another origin taints the request: its Origin becomes `null`. */
const redirectedToThird = redirectedTo(`${third}/final`);
const redirectedToPage = redirectedTo(`${page}/final`);

/** A GET sent through `count` redirects in a row on the API origin, then a readable 200. */
function redirectChain(id: string, note: string, count: number): Scenario {
  const responses: ScriptedResponses = {};
  for (let i = 0; i < count; i += 1) responses[`GET ${api}/hop${i}`] = hop(302, `${api}/hop${i + 1}`);
  responses[`GET ${api}/hop${count}`] = done();
  return { id, note, request: { pageOrigin: page, url: `${api}/hop0` }, responses };
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
  preflighted(
    'redirect-put-303',
    'A preflighted PUT redirected by 303 continues as a GET; the GET needs no preflight.',
    { method: 'PUT', body: 'x' },
    preflightPut,
    hop(303, final),
    { [`GET ${final}`]: done() },
  ),
  preflighted(
    'redirect-put-301',
    '301 rewrites only POST: the PUT stays a PUT and the new URL gets its own preflight.',
    { method: 'PUT', body: 'x' },
    preflightPut,
    hop(301, final),
    { [`OPTIONS ${final}`]: preflightPut, [`PUT ${final}`]: done() },
  ),
  answered(
    'redirect-acao-missing-on-redirect',
    'The CORS check runs on the redirect response too: no ACAO there blocks the fetch.',
    {},
    hop(302, final, []),
    { [`GET ${final}`]: done() },
  ),
  redirectedToFinal('redirect-then-cors-failure', 'The redirect passes but the final response lacks ACAO.'),
  redirectedToThird(
    'redirect-cross-origin-hop-acao-null',
    'After a hop to another origin the Origin becomes `null`; ACAO null then matches.',
    acao('null'),
  ),
  redirectedToThird(
    'redirect-cross-origin-hop-acao-page',
    'After the tainting hop, allowing the page origin no longer matches the `null` origin.',
    acao(page),
  ),
  redirectedToThird(
    'redirect-cross-origin-hop-acao-star',
    'ACAO `*` still works after the tainting hop.',
    acao('*'),
  ),
  answered(
    'redirect-same-origin-to-cross-origin',
    'A same-origin URL redirecting to another origin: the request becomes CORS, Origin is the page.',
    { url: `${page}/start` },
    hop(302, final, []),
    { [`GET ${final}`]: done() },
  ),
  redirectedToPage(
    'redirect-cross-origin-back-to-page',
    'A cross-origin URL redirecting back to the page origin: tainted, Origin null, still a CORS response.',
    acao('null'),
  ),
  redirectedToPage(
    'redirect-cross-origin-back-to-page-no-acao',
    'Back on the page origin, a response without ACAO is still blocked (response tainting stays cors).',
  ),
  answered(
    'redirect-relative-location',
    'A relative Location resolves against the current URL.',
    {},
    hop(302, '/final'),
    { [`GET ${final}`]: done() },
  ),
  answered(
    'redirect-manual',
    'redirect: manual resolves with an opaque-redirect response (status 0).',
    { redirect: 'manual' },
    hop(302, final),
    { [`GET ${final}`]: done() },
  ),
  answered(
    'redirect-manual-no-acao',
    'redirect: manual on a redirect without ACAO.',
    { redirect: 'manual' },
    hop(302, final, []),
    { [`GET ${final}`]: done() },
  ),
  answered(
    'redirect-error',
    'redirect: error rejects on the first redirect.',
    { redirect: 'error' },
    hop(302, final),
    { [`GET ${final}`]: done() },
  ),
  {
    id: 'redirect-loop',
    note: 'A redirect loop fails after 20 redirects.',
    request: { pageOrigin: page, url: `${api}/a` },
    responses: { [`GET ${api}/a`]: hop(302, `${api}/b`), [`GET ${api}/b`]: hop(302, `${api}/a`) },
  },
  redirectChain('redirect-chain-20', 'Exactly 20 redirects is still allowed.', 20),
  redirectChain('redirect-chain-21', 'The 21st redirect is a network error.', 21),
  answered(
    'redirect-location-userinfo',
    'A CORS redirect to a URL with credentials in it is a network error.',
    {},
    hop(302, 'http://user:pass@localhost:17002/final'),
    { [`GET ${final}`]: done() },
  ),
  answered(
    'redirect-location-data-url',
    'A redirect to a non-HTTP(S) URL is a network error.',
    {},
    hop(302, 'data:text/plain,hi'),
  ),
  answered(
    'redirect-no-location',
    'A 302 without Location is not a redirect: it is the response.',
    {},
    { status: 302, headers: [acao(page)] },
  ),
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
    id: 'redirect-same-origin-post-303',
    note: 'A same-origin POST turned into a GET by 303: does the GET still carry Origin?',
    request: { pageOrigin: page, url: `${page}/form`, method: 'POST', body: 'a=1' },
    responses: { [`POST ${page}/form`]: hop(303, `${page}/done`, []), [`GET ${page}/done`]: done([]) },
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
