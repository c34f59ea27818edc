import { describe, expect, it } from 'vitest';
import { corsHeadersFinal } from './corsHeadersFinal.ts';
import { corsRespond } from './corsRespond.ts';
import { corsFixture } from './corsFixture.testkit.ts';

const { app, policy, preflight, actual } = corsFixture;

const strict = policy({
  origin: { mode: 'list', allow: [app] },
  credentials: true,
  exposeHeaders: ['X-Total'],
});

describe('corsHeadersFinal (corsOnErrors)', () => {
  const dropping = policy({ origin: { mode: 'list', allow: [app] }, corsOnErrors: false });
  it.each<[number, boolean]>([
    [200, true],
    [304, true],
    [399, true],
    [400, false],
    [404, false],
    [500, false],
  ])('route status %s keeps CORS headers: %s', (status, kept) => {
    const headers = corsHeadersFinal(corsRespond(dropping, actual(app)), status);
    expect(headers.length > 0).toBe(kept);
    expect(corsHeadersFinal(corsRespond(strict, actual(app)), status).length).toBeGreaterThan(0);
  });
  it('applies to a preflight the CORS layer answers with an error status', () => {
    const p = policy({ origin: { mode: 'any' }, corsOnErrors: false, preflight: { status: 404 } });
    expect(corsHeadersFinal(corsRespond(p, preflight(app)), 0)).toEqual([]);
  });
});
