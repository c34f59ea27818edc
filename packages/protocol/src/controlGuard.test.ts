import { describe, expect, it } from 'vitest';
import { controlGuardCheck, controlGuardIsLoopback, controlGuardRemoteCheck } from './controlGuard.ts';

const options = {
  allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
  allowedHosts: ['localhost:5173', '127.0.0.1:5173'],
};
const json = 'application/json';

describe('controlGuardCheck', () => {
  it.each([
    ['curl GET (no Origin)', 'GET', { host: 'localhost:5173' }, 200],
    ['curl PUT JSON (no Origin)', 'PUT', { host: 'localhost:5173', 'content-type': json }, 200],
    [
      'same-origin fetch PUT',
      'PUT',
      {
        host: 'localhost:5173',
        origin: 'http://localhost:5173',
        'sec-fetch-site': 'same-origin',
        'content-type': json,
      },
      200,
    ],
    ['typed into the address bar', 'GET', { host: 'localhost:5173', 'sec-fetch-site': 'none' }, 200],
    [
      'the API origin',
      'PUT',
      { host: 'localhost:5173', origin: 'http://localhost:4000', 'content-type': json },
      403,
    ],
    [
      'same-site other origin',
      'PUT',
      { host: 'localhost:5173', origin: 'http://localhost:5174', 'content-type': json },
      403,
    ],
    ['cross-site origin', 'GET', { host: 'localhost:5173', origin: 'http://evil.localhost:5174' }, 403],
    [
      'null origin (sandboxed iframe)',
      'PUT',
      { host: 'localhost:5173', origin: 'null', 'content-type': json },
      403,
    ],
    [
      'cross-site GET without Origin (img, script)',
      'GET',
      { host: 'localhost:5173', 'sec-fetch-site': 'cross-site' },
      403,
    ],
    ['same-site GET without Origin', 'GET', { host: 'localhost:5173', 'sec-fetch-site': 'same-site' }, 403],
    ['DNS rebinding', 'GET', { host: 'evil.example:5173' }, 421],
    ['missing Host', 'GET', {}, 421],
    ['form POST text/plain', 'POST', { host: 'localhost:5173', 'content-type': 'text/plain' }, 405],
    ['PUT with text/plain', 'PUT', { host: 'localhost:5173', 'content-type': 'text/plain' }, 415],
    ['PUT without content type', 'PUT', { host: 'localhost:5173' }, 415],
    ['DELETE', 'DELETE', { host: 'localhost:5173' }, 405],
  ])('%s → %i', (_name, method, headers, expected) => {
    const verdict = controlGuardCheck({ method, headers }, options);
    expect(verdict.ok ? 200 : verdict.status).toBe(expected);
    if (!verdict.ok) expect(verdict.reason.length).toBeGreaterThan(10);
  });
});

describe('controlGuardRemoteCheck', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.0.0.2', true],
    ['127.255.0.9', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['::FFFF:127.3.2.1', true],
    ['192.0.2.2', false],
    ['10.0.0.127', false],
    ['::ffff:192.168.1.5', false],
    ['fe80::1', false],
    ['128.0.0.1', false],
    ['::127.0.0.1', false],
    [undefined, false],
  ])('knows whether %s is this machine: %s', (address, loopback) => {
    expect(controlGuardIsLoopback(address)).toBe(loopback);
  });

  it('lets only this machine in, unless a workshop lets anyone in (with a credential)', () => {
    expect(controlGuardRemoteCheck('127.0.0.1', {})).toEqual({ ok: true });
    const refused = controlGuardRemoteCheck('192.0.2.7', { remote: 'loopback' });
    expect(refused).toMatchObject({ ok: false, status: 403 });
    expect(refused.ok || refused.reason).toMatch(/only this machine.*192\.0\.2\.7.*--workshop/);
    expect(controlGuardRemoteCheck('192.0.2.7', {})).toMatchObject({ ok: false, status: 403 });
    expect(controlGuardRemoteCheck('192.0.2.7', { remote: 'any' })).toEqual({ ok: true });
    expect(controlGuardRemoteCheck(undefined, {})).toMatchObject({ ok: false });
  });

  it('takes the loopback test as an argument, so another machine can be played by a local address', () => {
    const onlyFirst = (address: string | undefined) => address === '127.0.0.1';
    expect(controlGuardRemoteCheck('127.0.0.2', {}, onlyFirst)).toMatchObject({ ok: false, status: 403 });
    expect(controlGuardRemoteCheck('127.0.0.1', {}, onlyFirst)).toEqual({ ok: true });
  });
});
