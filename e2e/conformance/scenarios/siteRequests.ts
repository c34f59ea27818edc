import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, ip, siteA, siteA2, siteB } = origins;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];
const acac: [string, string] = ['access-control-allow-credentials', 'true'];

/** Same-site versus cross-site page origins: CORS itself looks only at origins, never at sites. */
export const siteRequests: Scenario[] = [
  {
    id: 'site-cross-subdomains-get',
    note: 'a.localhost to b.localhost is cross-site; a simple GET allowed by exact origin works.',
    request: { pageOrigin: siteA, url: `${siteB}/data` },
    responses: { [`GET ${siteB}/data`]: { status: 200, headers: [acao(siteA)] } },
  },
  {
    id: 'site-cross-subdomains-put',
    note: 'A cross-site preflighted PUT.',
    request: { pageOrigin: siteA, url: `${siteB}/data`, method: 'PUT', body: 'x' },
    responses: {
      [`OPTIONS ${siteB}/data`]: {
        status: 204,
        headers: [acao(siteA), ['access-control-allow-methods', 'PUT']],
      },
      [`PUT ${siteB}/data`]: { status: 200, headers: [acao(siteA)] },
    },
  },
  {
    id: 'site-cross-subdomains-credentials',
    note: 'A cross-site credentialed GET with exact origin and ACAC true.',
    request: { pageOrigin: siteA, url: `${siteB}/data`, credentials: 'include' },
    responses: { [`GET ${siteB}/data`]: { status: 200, headers: [acao(siteA), acac] } },
  },
  {
    id: 'site-cross-wrong-subdomain',
    note: 'Allowing the sibling subdomain does not allow this one.',
    request: { pageOrigin: siteA, url: `${siteB}/data` },
    responses: { [`GET ${siteB}/data`]: { status: 200, headers: [acao(siteB)] } },
  },
  {
    id: 'site-same-site-other-port',
    note: 'a.localhost:17001 to a.localhost:17003 is same-site but cross-origin: still CORS.',
    request: { pageOrigin: siteA, url: `${siteA2}/data` },
    responses: { [`GET ${siteA2}/data`]: { status: 200, headers: [acao(siteA)] } },
  },
  {
    id: 'site-same-site-other-port-missing',
    note: 'Same-site does not exempt a response from ACAO.',
    request: { pageOrigin: siteA, url: `${siteA2}/data` },
    responses: { [`GET ${siteA2}/data`]: { status: 200, headers: [] } },
  },
  {
    id: 'site-localhost-to-ip',
    note: 'localhost to 127.0.0.1 is cross-origin (and cross-site) though both are loopback.',
    request: { pageOrigin: page, url: `${ip}/data` },
    responses: { [`GET ${ip}/data`]: { status: 200, headers: [acao(page)] } },
  },
  {
    id: 'site-localhost-to-ip-acao-ip',
    note: 'Allowing http://127.0.0.1:17001 does not allow http://localhost:17001.',
    request: { pageOrigin: page, url: `${ip}/data` },
    responses: { [`GET ${ip}/data`]: { status: 200, headers: [acao('http://127.0.0.1:17001')] } },
  },
  {
    id: 'site-ip-page-to-localhost',
    note: 'A page on 127.0.0.1 calling localhost sends Origin http://127.0.0.1:17001.',
    request: { pageOrigin: 'http://127.0.0.1:17001', url: `${page.replace('17001', '17002')}/data` },
    responses: {
      [`GET http://localhost:17002/data`]: { status: 200, headers: [acao('http://127.0.0.1:17001')] },
    },
  },
  {
    id: 'site-cross-redirect-to-page-site',
    note: 'b.localhost redirecting to a.localhost:17003 (the page site) is still a tainting cross-origin hop.',
    request: { pageOrigin: siteA, url: `${siteB}/start` },
    responses: {
      [`GET ${siteB}/start`]: { status: 302, headers: [acao(siteA), ['location', `${siteA2}/final`]] },
      [`GET ${siteA2}/final`]: { status: 200, headers: [acao('null')] },
    },
  },
];
