import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  labServer,
  labSessionCookie,
  policyParse,
  type HeaderList,
  type PolicyInput,
  type ServerResponse,
} from '@cors-playground/engine';
import { policyArbitrary } from '../../../../packages/engine/src/policy/policyArbitrary.testkit.ts';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';

/**
 * Server parity: the engine's model of the lab API (`labServer`, what the web's simulator uses to
 * predict the answer) against the real lab origin over HTTP, for many policies and requests. Status
 * and every Access-Control-* header (order, case of values, repeats) must be the same; that, together
 * with the conformance suite (simulator against real browsers), is what makes a prediction trustworthy.
 */

const app = 'http://localhost:5173';

interface ParityRequest {
  method: string;
  path: string;
  headers: HeaderList;
  body: string | null;
}

/**
 * What the lab answered on the wire: status and headers as sent (repeats kept). A raw socket, because
 * Node's HTTP client upper-cases methods and a browser really sends a lower-case `patch`.
 */
async function parityAsk(apiOrigin: string, ask: ParityRequest): Promise<ServerResponse> {
  const head = ask.headers.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  const raw = await playgroundTestingRaw(
    apiOrigin,
    `${ask.method} ${ask.path} HTTP/1.1\r\n${head}\r\n${ask.body ?? ''}`,
  );
  const [statusLine = '', ...lines] = raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n');
  const headers: HeaderList = lines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  return { status: Number(statusLine.split(' ')[1]), headers };
}

/** The part of a response parity is about: status and the Access-Control-* headers, in order. */
function parityView(response: ServerResponse): { status: number; cors: HeaderList } {
  return {
    status: response.status,
    cors: response.headers
      .filter(([name]) => name.toLowerCase().startsWith('access-control-'))
      .map(([name, value]) => [name.toLowerCase(), value]),
  };
}

async function parityCheck(
  playground: Awaited<ReturnType<typeof playgroundTesting>>,
  input: PolicyInput,
  asks: ParityRequest[],
): Promise<void> {
  const { appOrigin, apiOrigin } = playground.config;
  const parsed = policyParse(input);
  const put = await fetch(`${appOrigin}/control/policy`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  expect(put.status, JSON.stringify(input)).toBe(parsed.ok ? 200 : 400);
  if (!parsed.ok) return;
  const model = labServer(parsed.policy);
  for (const sent of asks) {
    // The connection closes after each answer, so the raw read ends there; the model is told so too.
    const length: HeaderList = sent.body === null ? [] : [['Content-Length', `${sent.body.length}`]];
    const headers: HeaderList = [
      ['Host', new URL(apiOrigin).host],
      ...sent.headers,
      ...length,
      ['Connection', 'close'],
    ];
    const ask = { ...sent, headers };
    const real = await parityAsk(apiOrigin, ask);
    const predicted = model({
      method: ask.method,
      url: `${apiOrigin}${ask.path}`,
      headers: ask.headers,
      body: ask.body,
    });
    expect(parityView(real), JSON.stringify({ policy: input, ask })).toEqual(parityView(predicted));
  }
}

const origins = [app, 'http://localhost:5174', 'http://evil.localhost:5174', 'null', 'https://example.com'];

/** Requests a page of the playground (or a confused client) sends to the lab: every route, both branches. */
const parityRequestArbitrary: fc.Arbitrary<ParityRequest> = fc
  .record({
    method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'patch', 'QUERY'),
    path: fc.constantFrom(
      '/data',
      '/echo',
      '/private',
      '/headers',
      '/login',
      '/status/500',
      '/status/204',
      '/redirect?to=/data&status=307',
      '/api/x',
      '/public/a?b=1',
      '/nope',
    ),
    origin: fc.option(fc.constantFrom(...origins), { nil: undefined }),
    preflightMethod: fc.option(fc.constantFrom('PUT', 'DELETE', 'patch', 'GET', 'X-Y'), { nil: undefined }),
    preflightHeaders: fc.option(fc.constantFrom('content-type', 'x-custom,content-type', 'X-Custom', ''), {
      nil: undefined,
    }),
    custom: fc.boolean(),
    cookie: fc.boolean(),
    body: fc.option(fc.constantFrom('hi', '{"a":1}'), { nil: null }),
  })
  .map(({ method, path, origin, preflightMethod, preflightHeaders, custom, cookie, body }) => {
    const headers: HeaderList = [];
    if (origin !== undefined) headers.push(['Origin', origin]);
    if (method === 'OPTIONS' && preflightMethod !== undefined) {
      headers.push(['Access-Control-Request-Method', preflightMethod]);
      if (preflightHeaders !== undefined) headers.push(['Access-Control-Request-Headers', preflightHeaders]);
    }
    if (custom) headers.push(['X-Custom', '1']);
    if (cookie) headers.push(['Cookie', labSessionCookie]);
    const withBody = body !== null && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
    if (withBody) headers.push(['Content-Type', body.startsWith('{') ? 'application/json' : 'text/plain']);
    return { method, path, headers, body: withBody ? body : null };
  });

const allowApp = { origin: { mode: 'list', allow: [app] } };

/** The policies the old agreement e2e set, each with the requests it was about. */
const agreementPolicies: PolicyInput[] = [
  allowApp,
  { origin: { mode: 'list', allow: [] } },
  { origin: { mode: 'any' } },
  { origin: { mode: 'any' }, credentials: true },
  { origin: { mode: 'reflect' }, credentials: true },
  { ...allowApp, allowHeaders: { mode: 'list', values: ['Content-Type'] } },
  { ...allowApp, allowMethods: { mode: 'list', values: ['GET', 'POST'] } },
  { ...allowApp, corsOnErrors: false },
  { ...allowApp, preflight: { status: 204, continue: true } },
] as PolicyInput[];

const preflight = (method: string, headers?: string): HeaderList => [
  ['Origin', app],
  ['Access-Control-Request-Method', method],
  ...(headers === undefined ? [] : ([['Access-Control-Request-Headers', headers]] as HeaderList)),
];

const agreementRequests: ParityRequest[] = [
  { method: 'GET', path: '/data', headers: [['Origin', app]], body: null },
  {
    method: 'GET',
    path: '/private',
    headers: [
      ['Origin', app],
      ['Cookie', labSessionCookie],
    ],
    body: null,
  },
  { method: 'OPTIONS', path: '/echo', headers: preflight('PUT', 'x-custom'), body: null },
  {
    method: 'PUT',
    path: '/echo',
    headers: [
      ['Origin', app],
      ['X-Custom', '1'],
    ],
    body: null,
  },
  { method: 'OPTIONS', path: '/data', headers: preflight('DELETE'), body: null },
  { method: 'DELETE', path: '/data', headers: [['Origin', app]], body: null },
  { method: 'OPTIONS', path: '/echo', headers: preflight('POST', 'content-type'), body: null },
  {
    method: 'POST',
    path: '/echo',
    headers: [
      ['Origin', app],
      ['Content-Type', 'application/json'],
    ],
    body: '{"a":1}',
  },
  {
    method: 'POST',
    path: '/echo',
    headers: [
      ['Origin', app],
      ['Content-Type', 'text/plain'],
    ],
    body: 'hi',
  },
  { method: 'GET', path: '/status/500', headers: [['Origin', app]], body: null },
  { method: 'GET', path: '/data', headers: [], body: null },
  { method: 'GET', path: '/redirect?to=/data&status=302', headers: [['Origin', app]], body: null },
  { method: 'OPTIONS', path: '/redirect?to=/redirect/&status=301', headers: preflight('DELETE'), body: null },
  { method: 'GET', path: '/data', headers: [['Origin', 'null']], body: null },
  { method: 'patch', path: '/echo', headers: [['Origin', app]], body: null },
];

describe('lab server parity: the engine predicts exactly what the real lab API answers', () => {
  it('agrees on the policies and requests the agreement scenarios are about', async () => {
    const playground = await playgroundTesting();
    for (const policy of agreementPolicies) await parityCheck(playground, policy, agreementRequests);
  });

  // ~450 real exchanges: seconds on a quiet machine, so a busy one gets room.
  it('agrees for any valid policy and any request a page sends', { timeout: 90_000 }, async () => {
    const playground = await playgroundTesting();
    await fc.assert(
      fc.asyncProperty(
        policyArbitrary,
        fc.array(parityRequestArbitrary, { minLength: 1, maxLength: 8 }),
        (p, asks) => parityCheck(playground, p, asks),
      ),
      { numRuns: 100 },
    );
  });
});
