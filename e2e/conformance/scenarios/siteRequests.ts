import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, ip, siteA, siteA2, siteB } = origins;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];
const { answered, preflighted } = scenarioBuilders(siteA, `${siteB}/data`);
/** Scenarios of a GET from a page on `pageOrigin` to `target`'s `/data`, answered 200 with `headers`. */
const getFrom =
  (pageOrigin: string, target: string) =>
  (id: string, note: string, ...headers: HeaderList) =>
    answered(id, note, { pageOrigin, url: `${target}/data` }, { status: 200, headers });
const fromAToB = getFrom(siteA, siteB);
const fromAToA2 = getFrom(siteA, siteA2);
const fromLocalhostToIp = getFrom(page, ip);
const fromIpToLocalhost = getFrom('http://127.0.0.1:17001', page.replace('17001', '17002'));

/** Same-site versus cross-site page origins: CORS itself looks only at origins, never at sites. */
export const siteRequests: Scenario[] = [
  fromAToB(
    'site-cross-subdomains-get',
    'a.localhost to b.localhost is cross-site; a simple GET allowed by exact origin works.',
    acao(siteA),
  ),
  preflighted(
    'site-cross-subdomains-put',
    'A cross-site preflighted PUT.',
    { method: 'PUT', body: 'x' },
    { status: 204, headers: [acao(siteA), ['access-control-allow-methods', 'PUT']] },
    { status: 200, headers: [acao(siteA)] },
  ),
  answered(
    'site-cross-subdomains-credentials',
    'A cross-site credentialed GET with exact origin and ACAC true.',
    { credentials: 'include' },
    { status: 200, headers: [acao(siteA), acac] },
  ),
  fromAToB(
    'site-cross-wrong-subdomain',
    'Allowing the sibling subdomain does not allow this one.',
    acao(siteB),
  ),
  fromAToA2(
    'site-same-site-other-port',
    'a.localhost:17001 to a.localhost:17003 is same-site but cross-origin: still CORS.',
    acao(siteA),
  ),
  fromAToA2('site-same-site-other-port-missing', 'Same-site does not exempt a response from ACAO.'),
  fromLocalhostToIp(
    'site-localhost-to-ip',
    'localhost to 127.0.0.1 is cross-origin (and cross-site) though both are loopback.',
    acao(page),
  ),
  fromLocalhostToIp(
    'site-localhost-to-ip-acao-ip',
    'Allowing http://127.0.0.1:17001 does not allow http://localhost:17001.',
    acao('http://127.0.0.1:17001'),
  ),
  fromIpToLocalhost(
    'site-ip-page-to-localhost',
    'A page on 127.0.0.1 calling localhost sends Origin http://127.0.0.1:17001.',
    acao('http://127.0.0.1:17001'),
  ),
  answered(
    'site-cross-redirect-to-page-site',
    'b.localhost redirecting to a.localhost:17003 (the page site) is still a tainting cross-origin hop.',
    { url: `${siteB}/start` },
    { status: 302, headers: [acao(siteA), ['location', `${siteA2}/final`]] },
    { [`GET ${siteA2}/final`]: { status: 200, headers: [acao('null')] } },
  ),
];
