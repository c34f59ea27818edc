import { describe, expect, it } from 'vitest';
import type { HeaderList } from '../http/httpTypes.ts';
import { serverFromPolicy } from './serverFromPolicy.ts';
import { corsFixture } from './corsFixture.testkit.ts';

const { app, other, policy, preflight, actual, names } = corsFixture;

const strict = policy({
  origin: { mode: 'list', allow: [app] },
  credentials: true,
  exposeHeaders: ['X-Total'],
});

describe('serverFromPolicy', () => {
  const route = () => ({ status: 200, headers: [['Content-Type', 'text/plain']] as HeaderList, body: 'ok' });

  it('answers preflights itself and never calls the route for them', () => {
    let calls = 0;
    const server = serverFromPolicy(strict, () => (calls++, route()));
    const res = server(preflight(app));
    expect(res.status).toBe(204);
    expect(calls).toBe(0);
  });

  it('adds CORS headers after the route headers', () => {
    const res = serverFromPolicy(strict, route)(actual(app));
    expect(res.status).toBe(200);
    expect(res.body).toBe('ok');
    expect(names(res.headers)).toEqual([
      'Content-Type',
      'Access-Control-Allow-Origin',
      'Access-Control-Allow-Credentials',
      'Access-Control-Expose-Headers',
      'Vary',
    ]);
  });

  it('lets the route decide a continued preflight (the classic 404 with CORS headers)', () => {
    const p = policy({ origin: { mode: 'any' }, preflight: { continue: true } });
    const res = serverFromPolicy(p, (r) => (r.method === 'OPTIONS' ? { status: 404, headers: [] } : route()))(
      preflight(app),
    );
    expect(res.status).toBe(404);
    expect(res.headers).toContainEqual(['Access-Control-Allow-Origin', '*']);
  });

  it('drops CORS headers from route errors when corsOnErrors is off', () => {
    const p = policy({ origin: { mode: 'any' }, corsOnErrors: false });
    const res = serverFromPolicy(p, () => ({ status: 500, headers: [] }))(actual(app));
    expect(res).toEqual({ status: 500, headers: [], body: null });
  });

  it('rejects disallowed origins with 403', () => {
    const p = policy({ origin: { mode: 'list', allow: [app] }, rejectDisallowedOrigin: true });
    expect(serverFromPolicy(p, route)(actual(other)).status).toBe(403);
  });
});
