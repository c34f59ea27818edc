import { describe, expect, it } from 'vitest';
import type { BrowserName } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { headerValueTrim } from '../http/headerValue.ts';
import { simTestApi, simTestFailed, simTestPage, simTestRun } from './simTest.testkit.ts';

/**
 * The three list-valued CORS headers with one element that is not a token, as Chromium 156 and
 * Firefox ESR 153 parse them (conformance family `list-*`): the whole header is rejected, valid
 * elements included; only spaces and tabs around an element are white space.
 */
const acao: [string, string] = ['access-control-allow-origin', simTestPage];
const browsers: BrowserName[] = ['chromium', 'firefox'];
const odd = [
  'x-foo, b@d',
  'x-foo, x-bar junk',
  'x-foo, "x-bar"',
  '"x-foo"',
  'x-foo, x\vbar',
  '\vx-foo',
  '\fx-foo',
];

function exposed(lines: string[], browser: BrowserName) {
  const aceh: HeaderList = lines.map((v) => ['access-control-expose-headers', v]);
  return simTestRun(
    {},
    { [`GET ${simTestApi}`]: { status: 200, headers: [acao, ...aceh, ['x-foo', 'foo'], ['x-bar', 'bar']] } },
    browser,
  );
}

function preflighted(header: 'methods' | 'headers', lines: string[], browser: BrowserName) {
  const name = `access-control-allow-${header}`;
  const list: HeaderList = lines.map((v) => [name, header === 'methods' ? v.replace(/x-foo/g, 'PUT') : v]);
  const method = header === 'methods' ? 'PUT' : 'GET';
  return simTestRun(
    { method, headers: header === 'headers' ? [['X-Foo', '1']] : [] },
    {
      [`OPTIONS ${simTestApi}`]: { status: 204, headers: [acao, ...list] },
      [`${method} ${simTestApi}`]: { status: 200, headers: [acao] },
    },
    browser,
  );
}

describe('list-valued CORS headers with one odd element', () => {
  it.each(browsers)(
    '%s exposes nothing from an Access-Control-Expose-Headers with one non-token',
    (browser) => {
      for (const value of odd) {
        const trace = exposed([value], browser);
        expect(trace.response?.headers, JSON.stringify(value)).toEqual({});
        const step = trace.steps.find((s) => s.id === 'response.expose-syntax');
        expect(step?.warning, JSON.stringify(value)).toBe(true);
        expect(step?.reason).toContain('ignores the whole header');
      }
    },
  );

  it.each(browsers)('%s keeps combining valid lines and skipping empty elements', (browser) => {
    expect(Object.keys(exposed(['x-bar', 'x-foo'], browser).response?.headers ?? {})).toEqual([
      'x-bar',
      'x-foo',
    ]);
    expect(Object.keys(exposed(['', 'x-foo'], browser).response?.headers ?? {})).toEqual(['x-foo']);
    expect(Object.keys(exposed(['x-foo, , x-bar'], browser).response?.headers ?? {})).toEqual([
      'x-bar',
      'x-foo',
    ]);
  });

  it.each(browsers)('%s fails the preflight on one bad element of the methods or headers list', (browser) => {
    for (const header of ['methods', 'headers'] as const) {
      for (const value of odd) {
        const trace = preflighted(header, [value], browser);
        expect(trace.ok, `${header}: ${JSON.stringify(value)}`).toBe(false);
        expect(simTestFailed(trace)).toEqual([`preflight.allow-${header}`]);
        expect(trace.failure?.code).toBe(
          header === 'methods' ? 'invalid-allow-methods' : 'invalid-allow-headers',
        );
      }
      expect(preflighted(header, ['x-foo', 'b@d'], browser).ok).toBe(false);
      expect(preflighted(header, ['', 'x-foo'], browser).ok).toBe(true);
    }
  });

  it('trims only spaces and tabs around a value', () => {
    expect(headerValueTrim(' \tx \t')).toBe('x');
    expect(headerValueTrim('\vx\f')).toBe('\vx\f');
    expect(headerValueTrim('\u00a0x')).toBe('\u00a0x');
  });
});
