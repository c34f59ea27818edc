import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/me`;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];
const acac = (value: string): [string, string] => ['access-control-allow-credentials', value];

/** Credentials mode and the Access-Control-Allow-Credentials check. */
export const credentialedRequests: Scenario[] = [
  {
    id: 'credentials-include-acao-star',
    note: 'With credentials included, ACAO `*` is not enough, even with ACAC true.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('*'), acac('true')] } },
  },
  {
    id: 'credentials-include-acac-missing',
    note: 'With credentials included, the response must carry ACAC true.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page)] } },
  },
  {
    id: 'credentials-include-acac-true',
    note: 'The exact origin plus ACAC true makes a credentialed response readable.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page), acac('true')] } },
  },
  {
    id: 'credentials-include-acac-capital',
    note: 'ACAC is compared byte for byte: `True` is not `true`.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page), acac('True')] } },
  },
  {
    id: 'credentials-include-acac-one',
    note: '`1` is not `true`.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page), acac('1')] } },
  },
  {
    id: 'credentials-include-acac-two-lines',
    note: 'Two ACAC lines combine to "true, true".',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page), acac('true'), acac('true')] } },
  },
  {
    id: 'credentials-include-acac-padded',
    note: 'Whitespace around the value is not part of it.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page), acac(' true ')] } },
  },
  {
    id: 'credentials-include-acao-null',
    note: 'ACAO `null` with credentials does not match a real origin.',
    request: { pageOrigin: page, url, credentials: 'include' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('null'), acac('true')] } },
  },
  {
    id: 'credentials-same-origin-acao-star',
    note: 'The default credentials mode sends no credentials cross-origin, so `*` is fine.',
    request: { pageOrigin: page, url, credentials: 'same-origin' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao('*')] } },
  },
  {
    id: 'credentials-omit-acac-false',
    note: 'ACAC is ignored when credentials are not included, whatever its value.',
    request: { pageOrigin: page, url, credentials: 'omit' },
    responses: { [`GET ${url}`]: { status: 200, headers: [acao(page), acac('false')] } },
  },
  {
    id: 'credentials-include-preflight-ok',
    note: 'A credentialed PUT: preflight and actual response both need the exact origin and ACAC true.',
    request: { pageOrigin: page, url, method: 'PUT', credentials: 'include', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: {
        status: 204,
        headers: [acao(page), acac('true'), ['access-control-allow-methods', 'PUT']],
      },
      [`PUT ${url}`]: { status: 200, headers: [acao(page), acac('true')] },
    },
  },
  {
    id: 'credentials-include-preflight-acac-missing',
    note: 'The preflight of a credentialed request also needs ACAC true.',
    request: { pageOrigin: page, url, method: 'PUT', credentials: 'include', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: { status: 204, headers: [acao(page), ['access-control-allow-methods', 'PUT']] },
      [`PUT ${url}`]: { status: 200, headers: [acao(page), acac('true')] },
    },
  },
  {
    id: 'credentials-include-actual-acac-missing',
    note: 'A good credentialed preflight, then an actual response without ACAC.',
    request: { pageOrigin: page, url, method: 'PUT', credentials: 'include', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: {
        status: 204,
        headers: [acao(page), acac('true'), ['access-control-allow-methods', 'PUT']],
      },
      [`PUT ${url}`]: { status: 200, headers: [acao(page)] },
    },
  },
  {
    id: 'credentials-include-preflight-acao-star',
    note: 'A credentialed preflight answered with ACAO `*`.',
    request: { pageOrigin: page, url, method: 'PUT', credentials: 'include', body: 'x' },
    responses: {
      [`OPTIONS ${url}`]: {
        status: 204,
        headers: [acao('*'), acac('true'), ['access-control-allow-methods', 'PUT']],
      },
      [`PUT ${url}`]: { status: 200, headers: [acao(page), acac('true')] },
    },
  },
];
