import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/data`;

/** Simple (non-preflighted) requests and the Access-Control-Allow-Origin check on their response. */
export const simpleRequests: Scenario[] = [
  {
    id: 'simple-get-acao-exact',
    note: 'A simple GET whose response allows the page origin exactly is readable.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [['access-control-allow-origin', page]] } },
  },
  {
    id: 'simple-get-acao-missing',
    note: 'Without Access-Control-Allow-Origin the response is blocked, though the server answered.',
    request: { pageOrigin: page, url },
    responses: { [`GET ${url}`]: { status: 200, headers: [['x-data', '1']] } },
  },
];
