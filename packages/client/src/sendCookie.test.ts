import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@cors-playground/protocol';
import { sendCookieLearn } from './sendCookie.ts';

function actual(
  requestHeaders: LabEvent['requestHeaders'],
  responseHeaders: LabEvent['responseHeaders'],
): LabEvent {
  return {
    id: 1,
    sandbox: 's',
    time: 0,
    kind: 'actual',
    method: 'GET',
    url: 'http://localhost:4000/login',
    origin: 'http://localhost:5173',
    requestHeaders,
    status: 200,
    responseHeaders,
    notes: [],
  };
}

describe('sendCookieLearn', () => {
  it('learns a cookie set by /login and forgets it on /logout', () => {
    const login = actual([], [['Set-Cookie', 'session=alice-session; Path=/; HttpOnly; SameSite=Lax']]);
    expect(sendCookieLearn(null, [login], true)).toBe('session=alice-session');
    const logout = actual(
      [['Cookie', 'session=alice-session']],
      [['set-cookie', 'session=; Path=/; Max-Age=0; SameSite=Lax']],
    );
    expect(sendCookieLearn('session=alice-session', [logout], true)).toBeNull();
  });

  it('takes what the browser really sent over its own guess', () => {
    expect(sendCookieLearn(null, [actual([['cookie', 'session=x']], [])], true)).toBe('session=x');
  });

  it('learns nothing from an uncredentialed request', () => {
    expect(sendCookieLearn('session=x', [actual([], [])], false)).toBe('session=x');
  });
});
