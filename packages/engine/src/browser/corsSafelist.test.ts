import { describe, expect, it } from 'vitest';
import {
  corsSafelistMethod,
  corsSafelistNoCors,
  corsSafelistRequestHeader,
  corsSafelistResponseHeader,
  corsSafelistUnsafeNames,
} from './corsSafelist.ts';
import type { BrowserName } from './fetchTypes.ts';

const browsers: BrowserName[] = ['chromium', 'firefox'];

describe('corsSafelistRequestHeader (https://fetch.spec.whatwg.org/#cors-safelisted-request-header)', () => {
  const table: Array<[name: string, value: string, safe: boolean]> = [
    ['accept', '*/*', true],
    ['accept', 'application/json, text/plain', true],
    ['accept', 'text/html; q="0.9"', false], // " is a CORS-unsafe byte
    ['accept', 'a(b)', false],
    ['accept-language', 'en-US,en;q=0.9', true],
    ['accept-language', 'en_US', false],
    ['content-language', 'de-DE', true],
    ['content-language', 'de/DE', false],
    ['content-type', 'text/plain', true],
    ['content-type', 'text/plain;charset=UTF-8', true],
    ['content-type', 'TEXT/PLAIN', true],
    ['content-type', 'application/x-www-form-urlencoded', true],
    ['content-type', 'multipart/form-data; boundary=x', true],
    ['content-type', 'application/json', false],
    ['content-type', 'text/plain, application/json', false],
    ['content-type', 'text/plain; charset="utf-8"', false], // quotes are unsafe bytes
    ['content-type', 'text/plain;', true],
    ['content-type', 'text', false],
    ['range', 'bytes=0-', true],
    ['range', 'bytes=0-499', true],
    ['range', 'bytes=500-100', false],
    ['range', 'bytes=-500', false],
    ['range', 'bytes=0-1,5-6', false],
    ['range', 'Bytes=0-1', false],
    ['x-custom', '1', false],
    ['authorization', 'Bearer x', false],
    ['accept', 'a'.repeat(128), true],
    ['accept', 'a'.repeat(129), false],
  ];
  for (const browser of browsers) {
    it.each(table)(`${browser}: %s: %s → %s`, (name, value, safe) => {
      expect(corsSafelistRequestHeader(name, value, browser)).toBe(safe);
    });
  }

  it.each<[name: string, value: string, chromium: boolean]>([
    ['save-data', 'on', true],
    ['dpr', '2.0', true],
    ['dpr', 'x', false],
    ['width', '100', true],
  ])('safelists the client hint %s: %s in Chromium only (Chromium: %s)', (name, value, chromium) => {
    expect(corsSafelistRequestHeader(name, value, 'chromium')).toBe(chromium);
    expect(corsSafelistRequestHeader(name, value, 'firefox')).toBe(false);
  });
});

describe('corsSafelistUnsafeNames (https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names)', () => {
  it('lists unsafe names in request order, without duplicates', () => {
    const names = corsSafelistUnsafeNames(
      [
        ['x-b', '1'],
        ['accept', '*/*'],
        ['x-a', '2'],
        ['content-type', 'application/json'],
      ],
      'chromium',
    );
    expect(names).toEqual(['x-b', 'x-a', 'content-type']);
  });

  it('makes every safelisted header unsafe once their values exceed 1024 bytes in total', () => {
    const value = 'a'.repeat(128);
    const headers: Array<[string, string]> = [
      ['accept', value],
      ['accept-language', 'en'.repeat(64)],
      ['content-language', 'de'.repeat(64)],
      ['range', 'bytes=0-1'],
    ];
    expect(corsSafelistUnsafeNames(headers, 'firefox')).toEqual([]);
    const many: Array<[string, string]> = Array.from({ length: 9 }, (_, i) => [
      i % 2 ? 'accept' : 'content-language',
      value,
    ]);
    expect(corsSafelistUnsafeNames(many, 'firefox')).toEqual(['content-language', 'accept']);
  });
});

describe('safelisted methods, no-cors headers and response headers', () => {
  it.each([
    ['GET', true],
    ['HEAD', true],
    ['POST', true],
    ['PUT', false],
    ['post', false], // only normalized methods reach this check
    ['PATCH', false],
  ])('method %s → %s', (method, safe) => {
    expect(corsSafelistMethod(method)).toBe(safe);
  });

  it('allows only accept, accept-language, content-language and safelisted content-type in no-cors', () => {
    expect(corsSafelistNoCors('accept', '*/*', 'chromium')).toBe(true);
    expect(corsSafelistNoCors('content-type', 'text/plain', 'firefox')).toBe(true);
    expect(corsSafelistNoCors('content-type', 'application/json', 'firefox')).toBe(false);
    expect(corsSafelistNoCors('range', 'bytes=0-1', 'chromium')).toBe(false);
    expect(corsSafelistNoCors('x-custom', '1', 'chromium')).toBe(false);
  });

  it.each([
    ['cache-control', true],
    ['content-language', true],
    ['content-length', true],
    ['content-type', true],
    ['expires', true],
    ['last-modified', true],
    ['pragma', true],
    ['etag', false],
    ['set-cookie', false],
    ['x-request-id', false],
  ])('response header %s safelisted → %s', (name, safe) => {
    expect(corsSafelistResponseHeader(name)).toBe(safe);
  });
});
