import { describe, expect, it } from 'vitest';
import { corsRespond } from './corsRespond.ts';
import { corsFixture } from './corsFixture.testkit.ts';
import { regexLimits } from '../policy/regexLimits.ts';

const { app, other, api, policy, preflight, actual, names } = corsFixture;

const strict = policy({
  origin: { mode: 'list', allow: [app] },
  credentials: true,
  exposeHeaders: ['X-Total'],
});

describe('corsRespond: preflight branch', () => {
  it('answers an allowed preflight itself, with every preflight header', () => {
    const d = corsRespond(strict, preflight(app, 'PUT', 'x-custom'));
    expect(d).toMatchObject({
      branch: 'preflight',
      status: 204,
      continueToRoute: false,
      originAllowed: true,
    });
    expect(d.headers).toEqual([
      ['Access-Control-Allow-Origin', app],
      ['Access-Control-Allow-Credentials', 'true'],
      ['Access-Control-Allow-Methods', 'GET,HEAD,PUT,PATCH,POST,DELETE'],
      ['Access-Control-Allow-Headers', 'x-custom'],
      ['Vary', 'Origin, Access-Control-Request-Headers'],
    ]);
  });

  it('answers a disallowed preflight without CORS headers, so the browser blocks it', () => {
    const d = corsRespond(strict, preflight(other));
    expect(d).toMatchObject({ status: 204, continueToRoute: false, originAllowed: false });
    expect(d.headers).toEqual([['Vary', 'Origin, Access-Control-Request-Headers']]);
    expect(d.notes).toContain(`Origin ${other} matched no allowed origin`);
  });

  it('uses the configured preflight status and max-age', () => {
    const d = corsRespond(
      policy({ origin: { mode: 'any' }, preflight: { status: 200 }, maxAge: 600 }),
      preflight(app),
    );
    expect(d.status).toBe(200);
    expect(d.headers).toContainEqual(['Access-Control-Max-Age', '600']);
  });

  it('passes the preflight to the route with preflight.continue', () => {
    const d = corsRespond(policy({ origin: { mode: 'any' }, preflight: { continue: true } }), preflight(app));
    expect(d).toMatchObject({ branch: 'preflight', status: null, continueToRoute: true });
    expect(names(d.headers)).toContain('Access-Control-Allow-Origin');
  });

  it('treats OPTIONS without Access-Control-Request-Method as an actual request', () => {
    const d = corsRespond(strict, { method: 'OPTIONS', url: '/x', headers: [['Origin', app]] });
    expect(d).toMatchObject({ branch: 'actual', continueToRoute: true, status: null });
  });

  it('matches the method and header names case-insensitively', () => {
    const d = corsRespond(strict, {
      method: 'options',
      url: '/x',
      headers: [
        ['ORIGIN', app],
        ['access-control-request-method', 'PUT'],
      ],
    });
    expect(d.branch).toBe('preflight');
  });
});

describe('corsRespond: actual branch', () => {
  it('lets the route answer and adds the actual-response headers', () => {
    const d = corsRespond(strict, actual(app));
    expect(d).toMatchObject({ branch: 'actual', status: null, continueToRoute: true, dropOnError: false });
    expect(d.headers).toEqual([
      ['Access-Control-Allow-Origin', app],
      ['Access-Control-Allow-Credentials', 'true'],
      ['Access-Control-Expose-Headers', 'X-Total'],
      ['Vary', 'Origin'],
    ]);
  });

  it('omits CORS headers for a disallowed origin but keeps Vary', () => {
    expect(corsRespond(strict, actual(other)).headers).toEqual([['Vary', 'Origin']]);
  });

  it('says a request without Origin is not checked', () => {
    const d = corsRespond(strict, actual(null));
    expect(d.originAllowed).toBeNull();
    expect(d.headers).toEqual([['Vary', 'Origin']]);
    expect(d.notes[0]).toContain('No Origin header');
  });

  it("sends '*' with credentials when told to, and warns that browsers refuse it", () => {
    const d = corsRespond(policy({ origin: { mode: 'any' }, credentials: true }), actual(app));
    expect(d.headers.slice(0, 2)).toEqual([
      ['Access-Control-Allow-Origin', '*'],
      ['Access-Control-Allow-Credentials', 'true'],
    ]);
    expect(d.notes.join(' ')).toContain('browsers refuse');
  });

  it('omits Vary: Origin when varyOrigin is off', () => {
    const d = corsRespond(policy({ origin: { mode: 'reflect' }, varyOrigin: false }), actual(other));
    expect(d.headers).toEqual([['Access-Control-Allow-Origin', other]]);
  });
});

describe('corsRespond: rejectDisallowedOrigin', () => {
  const rejecting = policy({ origin: { mode: 'list', allow: [app] }, rejectDisallowedOrigin: true });
  it.each([preflight(other), actual(other)])('answers 403 without the route', (request) => {
    const d = corsRespond(rejecting, request);
    expect(d).toMatchObject({ status: 403, continueToRoute: false, originAllowed: false });
    expect(names(d.headers)).toEqual(['Vary']);
  });
  it('does not reject allowed origins or requests without Origin', () => {
    expect(corsRespond(rejecting, actual(app)).status).toBeNull();
    expect(corsRespond(rejecting, actual(null)).status).toBeNull();
  });
});

describe('corsRespond: per-path rules', () => {
  const perPath = policy({
    origin: { mode: 'list', allow: [app] },
    paths: [
      { path: '^/public/', override: { origin: { mode: 'any' } } },
      { path: '^/api/', override: { credentials: true, exposeHeaders: ['X-Total'] } },
      { path: '^/internal', override: { enabled: false } },
    ],
  });

  it.each<[string, number | null]>([
    [`${api}/public/a`, 0],
    ['/public/a?x=/api/', 0],
    [`${api}/api/v1?q=1`, 1],
    [`${api}/internal/x`, 2],
    [`${api}/other/api/`, null],
    [`${api}/x?/api/`, null],
    [`${api}`, null],
  ])('%s uses path rule %s', (url, index) => {
    expect(corsRespond(perPath, actual(app, url)).pathRule).toBe(index);
  });

  it('overrides only the fields the rule names', () => {
    const d = corsRespond(perPath, actual(app, `${api}/api/v1`));
    expect(d.headers).toEqual([
      ['Access-Control-Allow-Origin', app],
      ['Access-Control-Allow-Credentials', 'true'],
      ['Access-Control-Expose-Headers', 'X-Total'],
      ['Vary', 'Origin'],
    ]);
    expect(d.notes[0]).toBe('Path rule paths[1] (/^/api//) applies to /api/v1');
    expect(corsRespond(perPath, actual(other, `${api}/public/x`)).headers).toEqual([
      ['Access-Control-Allow-Origin', '*'],
    ]);
  });

  it('sends no CORS at all where CORS is disabled, and lets the route answer preflights', () => {
    const d = corsRespond(perPath, preflight(app, 'PUT', undefined, `${api}/internal/x`));
    expect(d).toMatchObject({ status: null, headers: [], continueToRoute: true, originAllowed: null });
  });

  it('tries no path rule on a path longer than the limit, applies the top level and says why', () => {
    const long = `/public/${'a'.repeat(regexLimits.pathInputMax)}`;
    const d = corsRespond(perPath, actual(other, `${api}${long}?q=1`));
    expect(d.pathRule).toBeNull();
    expect(d.originAllowed).toBe(false);
    expect(d.notes[0]).toBe(
      `The path has ${long.length} characters, over the ${regexLimits.pathInputMax} that path rules are tried on, so the top-level rule applies`,
    );
    const atLimit = `/public/${'a'.repeat(regexLimits.pathInputMax - '/public/'.length)}`;
    expect(corsRespond(perPath, actual(other, `${api}${atLimit}`)).pathRule).toBe(0);
  });
});
