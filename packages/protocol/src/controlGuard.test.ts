import { describe, expect, it } from 'vitest';
import { controlGuardCheck } from './controlGuard.ts';

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
