import { describe, expect, it } from 'vitest';
import {
  workshopCookieRead,
  workshopCookieSet,
  workshopSecretCreate,
  workshopSecretHash,
  workshopSecretMatches,
} from './workshopCredential.ts';
import { workshopCookieStrip } from '../shared/workshopCookieStrip.ts';

describe('workshop credentials', () => {
  const secret = workshopSecretCreate();
  const hash = workshopSecretHash(secret);

  it('are 256-bit random secrets, checked against their hash', () => {
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(workshopSecretCreate()).not.toBe(secret);
    expect(hash).not.toContain(secret);
    expect(workshopSecretMatches(secret, hash)).toBe(true);
    expect(workshopSecretMatches(secret.toUpperCase(), hash)).toBe(false);
    expect(workshopSecretMatches('', hash)).toBe(false);
    expect(workshopSecretMatches('x'.repeat(10_000), hash)).toBe(false);
  });

  it('travel in an HttpOnly, SameSite=Strict cookie scoped to the control plane', () => {
    const header = workshopCookieSet('participant', 'abc', false);
    expect(header).toBe('cp_participant=abc; Max-Age=86400; Path=/control; HttpOnly; SameSite=Strict');
    expect(workshopCookieSet('instructor', 'abc', true)).toContain('; Secure');
    expect(workshopCookieRead('a=1; cp_participant=abc; cp_instructor=xyz', 'participant')).toBe('abc');
    expect(workshopCookieRead('a=1', 'instructor')).toBeUndefined();
    expect(workshopCookieRead(undefined, 'instructor')).toBeUndefined();
  });

  it('are stripped from what the lab API and the other site see, other cookies kept', () => {
    expect(workshopCookieStrip('session=1; cp_participant=abc;cp_instructor=x; theme=dark')).toBe(
      'session=1; theme=dark',
    );
    expect(workshopCookieStrip('cp_participant=abc')).toBeUndefined();
    expect(workshopCookieStrip('xcp_participant=1')).toBe('xcp_participant=1');
  });
});
