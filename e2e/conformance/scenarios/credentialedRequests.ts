import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';
import { scenarioBuilders } from './scenarioBuilders.ts';

const { page, api } = origins;
const url = `${api}/me`;
const acao = (value: string): [string, string] => ['access-control-allow-origin', value];
const acac = (value: string): [string, string] => ['access-control-allow-credentials', value];
const acamPut: [string, string] = ['access-control-allow-methods', 'PUT'];
const reply = (status: number, ...headers: HeaderList) => ({ status, headers });
const { answered, preflighted } = scenarioBuilders(page, url);
/** A GET with credentials included, answered 200 with `headers`. */
const withCredentials = (id: string, note: string, ...headers: HeaderList) =>
  answered(id, note, { credentials: 'include' }, reply(200, ...headers));
/**
 * A credentialed PUT: its preflight answers 204 with `preflight` and ACAM PUT, the PUT itself 200 with
 * `actual`.
 */
const credentialedPut = (id: string, note: string, preflight: HeaderList, actual: HeaderList) =>
  preflighted(
    id,
    note,
    { method: 'PUT', credentials: 'include', body: 'x' },
    reply(204, ...preflight, acamPut),
    reply(200, ...actual),
  );

/** Credentials mode and the Access-Control-Allow-Credentials check. */
export const credentialedRequests: Scenario[] = [
  withCredentials(
    'credentials-include-acao-star',
    'With credentials included, ACAO `*` is not enough, even with ACAC true.',
    acao('*'),
    acac('true'),
  ),
  withCredentials(
    'credentials-include-acac-missing',
    'With credentials included, the response must carry ACAC true.',
    acao(page),
  ),
  withCredentials(
    'credentials-include-acac-true',
    'The exact origin plus ACAC true makes a credentialed response readable.',
    acao(page),
    acac('true'),
  ),
  withCredentials(
    'credentials-include-acac-capital',
    'ACAC is compared byte for byte: `True` is not `true`.',
    acao(page),
    acac('True'),
  ),
  withCredentials('credentials-include-acac-one', '`1` is not `true`.', acao(page), acac('1')),
  withCredentials(
    'credentials-include-acac-two-lines',
    'Two ACAC lines combine to "true, true".',
    acao(page),
    acac('true'),
    acac('true'),
  ),
  withCredentials(
    'credentials-include-acac-padded',
    'Whitespace around the value is not part of it.',
    acao(page),
    acac(' true '),
  ),
  withCredentials(
    'credentials-include-acao-null',
    'ACAO `null` with credentials does not match a real origin.',
    acao('null'),
    acac('true'),
  ),
  answered(
    'credentials-same-origin-acao-star',
    'The default credentials mode sends no credentials cross-origin, so `*` is fine.',
    { credentials: 'same-origin' },
    reply(200, acao('*')),
  ),
  answered(
    'credentials-omit-acac-false',
    'ACAC is ignored when credentials are not included, whatever its value.',
    { credentials: 'omit' },
    reply(200, acao(page), acac('false')),
  ),
  credentialedPut(
    'credentials-include-preflight-ok',
    'A credentialed PUT: preflight and actual response both need the exact origin and ACAC true.',
    [acao(page), acac('true')],
    [acao(page), acac('true')],
  ),
  credentialedPut(
    'credentials-include-preflight-acac-missing',
    'The preflight of a credentialed request also needs ACAC true.',
    [acao(page)],
    [acao(page), acac('true')],
  ),
  credentialedPut(
    'credentials-include-actual-acac-missing',
    'A good credentialed preflight, then an actual response without ACAC.',
    [acao(page), acac('true')],
    [acao(page)],
  ),
  credentialedPut(
    'credentials-include-preflight-acao-star',
    'A credentialed preflight answered with ACAO `*`.',
    [acao('*'), acac('true')],
    [acao(page), acac('true')],
  ),
];
