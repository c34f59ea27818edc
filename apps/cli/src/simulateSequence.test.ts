import { headerListGet } from '@cors-playground/engine';
import { describe, expect, it } from 'vitest';
import { simulateLine } from './simulateLine.ts';

const page = 'http://localhost:5173';
const api = 'http://localhost:4000';
const put = { pageOrigin: page, url: `${api}/items`, method: 'PUT' };

interface StepOut {
  at: number;
  ok: boolean;
  outcome: string;
  preflight: { sent: boolean };
  uncachedOutcome: string | null;
  cookies: { verdicts: Array<{ name: string; sent: boolean; reason: string }> } | null;
  exchanges: Array<{ request: { headers: Array<[string, string]> } }>;
  diagnoses: Array<{ id: string; party: string }>;
}

function sequence(line: unknown): StepOut[] {
  const out = simulateLine(JSON.stringify(line), 'chromium');
  expect(out).not.toHaveProperty('inputError');
  return out.sequence as StepOut[];
}

describe('cors simulate: sequences', () => {
  it('a preflight cached for Max-Age outlives a policy change, until it expires', () => {
    const allowPut = {
      origin: { mode: 'list', allow: [page] },
      allowMethods: { mode: 'list', values: ['PUT'] },
      maxAge: 600,
    };
    const getOnly = { ...allowPut, allowMethods: { mode: 'list', values: ['GET'] } };
    const steps = sequence({
      id: 'stale',
      policy: allowPut,
      sequence: [
        { request: put },
        { after: 60_000, policy: getOnly, request: put },
        { after: 600_000, request: put },
      ],
    });
    expect(steps.map((s) => [s.at, s.preflight.sent, s.outcome])).toEqual([
      [0, true, 'allowed'],
      [60_000, false, 'allowed'],
      [660_000, true, 'blocked'],
    ]);
    expect(steps[1]?.uncachedOutcome).toBe('blocked');
    expect(steps[1]?.diagnoses.map((d) => d.id)).toEqual(['preflight-stale']);
  });

  it("the page's cookies travel same-site and stay home cross-site, where the API then answers 401", () => {
    const cookies = [{ name: 'session', value: 'alice', host: 'localhost', sameSite: 'Lax' }];
    const responses = (origin: string) => ({
      [`GET ${api}/private`]: {
        status: 401,
        headers: [
          ['access-control-allow-origin', origin],
          ['access-control-allow-credentials', 'true'],
        ],
      },
    });
    const [same] = sequence({
      cookies,
      responses: responses(page),
      sequence: [{ request: { pageOrigin: page, url: `${api}/private`, credentials: 'include' } }],
    });
    expect(same?.cookies?.verdicts).toEqual([expect.objectContaining({ name: 'session', sent: true })]);
    expect(same?.exchanges[0]?.request.headers).toContainEqual(['cookie', 'session=alice']);

    const evil = 'http://evil.localhost:5174';
    const [cross] = sequence({
      cookies,
      responses: responses(evil),
      sequence: [{ request: { pageOrigin: evil, url: `${api}/private`, credentials: 'include' } }],
    });
    expect(cross?.cookies?.verdicts[0]).toMatchObject({ sent: false });
    expect(headerListGet(cross?.exchanges[0]?.request.headers ?? [], 'cookie')).toBeNull();
    expect(cross?.diagnoses[0]).toMatchObject({ id: 'cookie-not-sent', party: 'server' });
  });

  it('bad sequences get an input error with the field path', () => {
    const noServer = simulateLine(JSON.stringify({ id: 1, sequence: [{ request: put }] }), 'chromium');
    expect(noServer).toEqual({
      id: 1,
      inputError: 'sequence.0: give "responses" or "policy" here or on the line',
    });
    const negative = simulateLine(
      JSON.stringify({ id: 2, policy: {}, sequence: [{ after: -1, request: put }] }),
      'chromium',
    );
    expect(negative.inputError).toMatch(/^sequence\.0\.after: /);
    const badPolicy = simulateLine(
      JSON.stringify({ id: 3, sequence: [{ policy: { credentials: 'yes' }, request: put }] }),
      'chromium',
    );
    expect(badPolicy.inputError).toMatch(/^sequence\.0\.policy\.credentials: /);
    const empty = simulateLine(JSON.stringify({ id: 4, policy: {}, sequence: [] }), 'chromium');
    expect(empty.inputError).toMatch(/^sequence: /);
  });

  it('a single-fetch line still answers one trace, now with its diagnosis', () => {
    const out = simulateLine(
      JSON.stringify({
        id: 'one',
        request: { ...put, method: 'patch' },
        policy: { origin: { mode: 'list', allow: [page] } },
      }),
      'chromium',
    );
    expect(out).toMatchObject({
      id: 'one',
      ok: false,
      diagnoses: [expect.objectContaining({ id: 'method-case' })],
    });
  });
});
