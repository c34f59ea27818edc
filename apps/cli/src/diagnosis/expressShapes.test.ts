import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosisRemedy } from '@cors-playground/engine';
import { diagnosisLiveCheck, diagnosisLiveExchanges, diagnosisLivePage } from './diagnosisLive.testkit.ts';

/**
 * The shapes as Express 5 with the real `cors` middleware produces them: each route is a mistake from a
 * public issue tracker, and the diagnosis must name the party and the Express remedy.
 */
function app(): express.Express {
  const a = express();
  // Public API: cors() with no options answers Access-Control-Allow-Origin: *.
  a.use('/public', cors(), (_req, res) => void res.json({}));
  // Authentication registered before cors: the preflight (which never carries a token) gets 401.
  a.use('/auth', (req, res, next) => {
    if (req.headers.authorization) next();
    else res.status(401).json({ error: 'no token' });
  });
  a.use('/auth', cors({ origin: diagnosisLivePage }), (_req, res) => void res.json({}));
  // A body parser registered before cors: its 400 for bad JSON is rendered without CORS headers.
  a.use('/parse', express.json(), cors({ origin: diagnosisLivePage }), (_req, res) => void res.json({}));
  // The allowed origin configured with a trailing slash: the cors package sends it as written.
  a.use('/slash', cors({ origin: `${diagnosisLivePage}/` }), (_req, res) => void res.json({}));
  // A header the page reads, sent but not exposed.
  a.use('/list', cors({ origin: diagnosisLivePage }), (_req, res) => {
    res.set('X-Total-Count', '42').json([]);
  });
  return a;
}

let server: http.Server;
let base = '';
beforeAll(async () => {
  server = await new Promise<http.Server>((resolve) => {
    const s = app().listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('diagnosis on Express 5 + cors (live)', () => {
  it.each(['chromium', 'firefox'] as const)(
    "a lowercase 'patch' is the page's to fix, in %s",
    async (browser) => {
      const r = await diagnosisLiveCheck({ url: `${base}/public`, method: 'patch' }, 'express', { browser });
      expect(r.allowed).toBe(false);
      // The real preflight answer lists PATCH in upper case.
      expect(r.trace.exchanges[0]?.response.headers).toContainEqual([
        'access-control-allow-methods',
        'GET,HEAD,PUT,PATCH,POST,DELETE',
      ]);
      expect(r.diagnoses[0]).toMatchObject({ id: 'method-case', party: 'page' });
    },
  );

  it("credentials: 'include' against cors()'s '*': do not send credentials", async () => {
    const r = await diagnosisLiveCheck({ url: `${base}/public`, credentials: 'include' }, 'express');
    expect(r.trace.exchanges[0]?.response.headers).toContainEqual(['access-control-allow-origin', '*']);
    expect(r.diagnoses[0]).toMatchObject({ id: 'credentials-public', party: 'page' });
  });

  it('authentication before cors: the preflight gets 401, and the remedy is the middleware order', async () => {
    const r = await diagnosisLiveCheck(
      { url: `${base}/auth/orders`, method: 'PUT', headers: [['Authorization', 'Bearer t']] },
      'express',
    );
    expect(r.trace.exchanges[0]).toMatchObject({ kind: 'preflight', response: { status: 401 } });
    const [first] = r.diagnoses;
    expect(first).toMatchObject({ id: 'preflight-auth', party: 'framework' });
    expect(diagnosisRemedy(first!, 'express')).toContain('before the authentication middleware');
  });

  it('a body parser before cors: its 400 has no CORS headers, though the preflight passed', async () => {
    const r = await diagnosisLiveCheck(
      {
        url: `${base}/parse`,
        method: 'POST',
        headers: [['Content-Type', 'application/json']],
        body: '{not json',
      },
      'express',
    );
    expect(diagnosisLiveExchanges(r)).toEqual([
      ['preflight', 204],
      ['actual', 400],
    ]);
    expect(r.diagnoses[0]).toMatchObject({ id: 'error-without-cors', party: 'framework' });
    expect(r.diagnoses[0]?.cause).toContain('The preflight passed');
  });

  it('an origin configured with a trailing slash is sent as written: the near miss is named', async () => {
    const r = await diagnosisLiveCheck({ url: `${base}/slash` }, 'express');
    expect(r.trace.exchanges[0]?.response.headers).toContainEqual([
      'access-control-allow-origin',
      `${diagnosisLivePage}/`,
    ]);
    expect(r.diagnoses[0]).toMatchObject({ id: 'origin-typo', party: 'server' });
    expect(diagnosisRemedy(r.diagnoses[0]!, 'express')).toBe(
      `cors({ origin: ['${diagnosisLivePage}'] }): the cors package compares strings exactly.`,
    );
  });

  it('X-Total-Count sent but not exposed: the Express remedy and the fix expose it', async () => {
    const r = await diagnosisLiveCheck({ url: `${base}/list` }, 'express', {
      readHeaders: ['X-Total-Count'],
    });
    expect([r.allowed, r.readable]).toEqual([true, false]);
    expect(diagnosisRemedy(r.diagnoses[0]!, 'express')).toBe(
      "cors({ ..., exposedHeaders: ['X-Total-Count'] })",
    );
    expect(r.fix?.code).toContain('X-Total-Count');
    expect(r.fix?.audit).toEqual([]);
  });
});
