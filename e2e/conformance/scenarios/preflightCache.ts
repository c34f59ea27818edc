import type { FetchRequest, HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/cached`;
const acao: [string, string] = ['access-control-allow-origin', page];
const put: FetchRequest = { pageOrigin: page, url, method: 'PUT', body: 'x' };
const preflight = (extra: HeaderList) => ({
  status: 204,
  headers: [acao, ['access-control-allow-methods', 'PUT'] as [string, string], ...extra],
});
const actual = { status: 200, headers: [acao] };

/** The CORS-preflight cache: two or more fetches from one page, in order. */
export const preflightCache: Scenario[] = [
  {
    id: 'cache-max-age-60',
    note: 'With max-age 60 the second identical PUT reuses the cached preflight.',
    request: put,
    next: [put],
    responses: { [`OPTIONS ${url}`]: preflight([['access-control-max-age', '60']]), [`PUT ${url}`]: actual },
  },
  {
    id: 'cache-max-age-0',
    note: 'max-age 0 disables caching: every PUT is preflighted.',
    request: put,
    next: [put],
    responses: { [`OPTIONS ${url}`]: preflight([['access-control-max-age', '0']]), [`PUT ${url}`]: actual },
  },
  {
    id: 'cache-max-age-absent',
    note: 'Without max-age the browser default (5 s) still covers an immediate second PUT.',
    request: put,
    next: [put],
    responses: { [`OPTIONS ${url}`]: preflight([]), [`PUT ${url}`]: actual },
  },
  {
    id: 'cache-max-age-negative',
    note: 'A negative max-age is not a valid number of seconds.',
    request: put,
    next: [put],
    responses: { [`OPTIONS ${url}`]: preflight([['access-control-max-age', '-1']]), [`PUT ${url}`]: actual },
  },
  {
    id: 'cache-max-age-garbage',
    note: 'A non-numeric max-age.',
    request: put,
    next: [put],
    responses: {
      [`OPTIONS ${url}`]: preflight([['access-control-max-age', 'soon']]),
      [`PUT ${url}`]: actual,
    },
  },
  {
    id: 'cache-new-header-miss',
    note: 'A cached entry for the method does not cover a header it did not allow: new preflight.',
    request: put,
    next: [{ ...put, headers: [['X-New', '1']] }],
    responses: {
      [`OPTIONS ${url}`]: preflight([
        ['access-control-max-age', '60'],
        ['access-control-allow-headers', 'x-new'],
      ]),
      [`PUT ${url}`]: actual,
    },
  },
  {
    id: 'cache-method-miss',
    note: 'A cached PUT does not cover DELETE.',
    request: put,
    next: [{ pageOrigin: page, url, method: 'DELETE' }],
    responses: {
      [`OPTIONS ${url}`]: {
        status: 204,
        headers: [acao, ['access-control-allow-methods', 'PUT, DELETE'], ['access-control-max-age', '60']],
      },
      [`PUT ${url}`]: actual,
      [`DELETE ${url}`]: actual,
    },
  },
  {
    id: 'cache-per-url',
    note: 'The preflight cache is keyed by URL: another path on the same origin is preflighted again.',
    request: put,
    next: [{ ...put, url: `${api}/other` }],
    responses: {
      [`OPTIONS ${url}`]: preflight([['access-control-max-age', '60']]),
      [`OPTIONS ${api}/other`]: preflight([['access-control-max-age', '60']]),
      [`PUT ${url}`]: actual,
      [`PUT ${api}/other`]: actual,
    },
  },
  {
    id: 'cache-credentials-mismatch',
    note: 'An entry made without credentials, then a credentialed PUT.',
    request: put,
    next: [{ ...put, credentials: 'include' }],
    responses: {
      [`OPTIONS ${url}`]: preflight([
        ['access-control-max-age', '60'],
        ['access-control-allow-credentials', 'true'],
      ]),
      [`PUT ${url}`]: { status: 200, headers: [acao, ['access-control-allow-credentials', 'true']] },
    },
  },
  {
    id: 'cache-failed-preflight-not-cached',
    note: 'A failed preflight leaves nothing in the cache: the second PUT is preflighted and fails again.',
    request: put,
    next: [put],
    responses: {
      [`OPTIONS ${url}`]: { status: 204, headers: [acao, ['access-control-max-age', '60']] },
      [`PUT ${url}`]: actual,
    },
  },
  {
    id: 'cache-entry-after-failed-miss',
    note: 'A cached PUT, a PUT with a header the preflight refuses, then the first PUT again: is its entry still there?',
    request: put,
    next: [{ ...put, headers: [['X-New', '1']] }, put],
    responses: { [`OPTIONS ${url}`]: preflight([['access-control-max-age', '60']]), [`PUT ${url}`]: actual },
  },
  {
    id: 'cache-three-fetches',
    note: 'Three PUTs in a row with max-age 60: one preflight.',
    request: put,
    next: [put, put],
    responses: { [`OPTIONS ${url}`]: preflight([['access-control-max-age', '60']]), [`PUT ${url}`]: actual },
  },
];
