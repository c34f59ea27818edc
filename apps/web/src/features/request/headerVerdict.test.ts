import { describe, expect, it } from 'vitest';
import { headerVerdict } from './headerVerdict.ts';

describe('headerVerdict', () => {
  it.each([
    ['Content-Type', 'text/plain', 'safelisted'],
    ['content-type', 'application/json', 'preflight'],
    ['X-Custom', '1', 'preflight'],
    ['Accept', 'x'.repeat(129), 'preflight'],
    ['Cookie', 'a=b', 'forbidden'],
    ['Origin', 'http://evil.example', 'forbidden'],
    ['Sec-Fetch-Mode', 'cors', 'forbidden'],
    ['bad name', '1', 'invalid'],
    ['x-ok', 'line\nbreak', 'invalid'],
  ] as const)('%s: %s is %s', (name, value, kind) => {
    expect(headerVerdict(name, value, 'chromium').kind).toBe(kind);
  });

  it('follows each browser: Chromium still forbids User-Agent, Firefox lets scripts set it', () => {
    expect(headerVerdict('User-Agent', 'x', 'chromium').kind).toBe('forbidden');
    expect(headerVerdict('User-Agent', 'x', 'firefox').kind).toBe('preflight');
  });

  it('always explains itself', () => {
    expect(headerVerdict('X-Custom', '1', 'firefox').why).toContain('x-custom');
  });
});
