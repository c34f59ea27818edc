import { describe, expect, it } from 'vitest';
import { headerListGet, policyParse, type Policy } from '@cors-playground/engine';
import { policyPreview, policyPreviewIsCorsHeader, type PolicyPreviewRequest } from './policyPreview.ts';

const app = 'http://localhost:5173';
const api = 'http://localhost:4000';

function policy(input: unknown): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

function request(patch: Partial<PolicyPreviewRequest> = {}): PolicyPreviewRequest {
  return {
    appOrigin: app,
    apiOrigin: api,
    path: '/data',
    method: 'GET',
    headers: [],
    credentials: 'omit',
    ...patch,
  };
}

describe('policyPreview', () => {
  it('shows the ACAO the API sends the app for a simple GET, with the route headers', () => {
    const preview = policyPreview(
      policy({ origin: { mode: 'list', allow: [app] }, credentials: true }),
      request(),
    );
    expect(preview.preflightNeeded).toBe(false);
    expect(preview.actual.status).toBe(200);
    expect(headerListGet(preview.actual.headers, 'access-control-allow-origin')).toBe(app);
    expect(headerListGet(preview.actual.headers, 'access-control-allow-credentials')).toBe('true');
    expect(headerListGet(preview.actual.headers, 'cache-control')).toBe('no-store');
    expect(preview.actual.request.headers).toContainEqual(['Origin', app]);
  });

  it("decides the preflight by the page's engine: a client hint is safelisted in Chromium only", () => {
    const withHint = request({ headers: [['Save-Data', 'on']] });
    const open = policy({ origin: { mode: 'any' } });
    expect(policyPreview(open, { ...withHint, browser: 'chromium' }).preflightNeeded).toBe(false);
    const webkit = policyPreview(open, { ...withHint, browser: 'webkit' });
    expect(webkit.preflightNeeded).toBe(true);
    expect(headerListGet(webkit.preflight.request.headers, 'access-control-request-headers')).toBe(
      'save-data',
    );
  });

  it('omits CORS headers for a disallowed origin and says why', () => {
    const preview = policyPreview(policy({}), request());
    expect(headerListGet(preview.actual.headers, 'access-control-allow-origin')).toBeNull();
    expect(preview.actual.notes.join(' ')).toMatch(/not allowed/);
  });

  it('builds the preflight a browser sends: ACRM and sorted lower-case ACRH of the unsafe headers', () => {
    const preview = policyPreview(
      policy({ origin: { mode: 'any' }, maxAge: 600 }),
      request({
        method: 'put',
        headers: [
          ['X-B', '1'],
          ['Content-Type', 'application/json'],
          ['Accept', 'x/y'],
        ],
      }),
    );
    expect(preview.preflightNeeded).toBe(true);
    expect(preview.preflight.request.method).toBe('OPTIONS');
    expect(headerListGet(preview.preflight.request.headers, 'access-control-request-method')).toBe('PUT');
    expect(headerListGet(preview.preflight.request.headers, 'access-control-request-headers')).toBe(
      'content-type,x-b',
    );
    expect(preview.preflight.status).toBe(204);
    expect(headerListGet(preview.preflight.headers, 'access-control-max-age')).toBe('600');
    expect(headerListGet(preview.preflight.headers, 'access-control-allow-headers')).toBe('content-type,x-b');
  });

  it('keeps custom-case methods as fetch does (patch is not upper-cased) and preflights them', () => {
    const preview = policyPreview(policy({ origin: { mode: 'any' } }), request({ method: 'patch' }));
    expect(preview.preflightNeeded).toBe(true);
    expect(headerListGet(preview.preflight.request.headers, 'access-control-request-method')).toBe('patch');
  });

  it('applies per-path rules and preflight settings, as the real API does', () => {
    const p = policy({
      origin: { mode: 'list', allow: [app] },
      preflight: { continue: true },
      paths: [{ path: '^/status/', override: { corsOnErrors: false } }],
    });
    const preview = policyPreview(p, request({ path: '/status/500', method: 'DELETE' }));
    expect(preview.preflight.status).toBe(404);
    expect(preview.actual.status).toBe(500);
    expect(headerListGet(preview.actual.headers, 'access-control-allow-origin')).toBeNull();
  });

  it('tells CORS headers from the rest', () => {
    expect(policyPreviewIsCorsHeader('Access-Control-Allow-Origin')).toBe(true);
    expect(policyPreviewIsCorsHeader('Vary')).toBe(true);
    expect(policyPreviewIsCorsHeader('content-type')).toBe(false);
  });
});
