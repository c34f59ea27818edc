import { describe, expect, it } from 'vitest';
import { policyDefault } from '../policy/policyDefault.ts';
import type { CorsRule } from '../policy/policySchema.ts';
import { corsHeader } from './corsHeader.ts';
import type { CorsHeaderContext } from './corsHeader.ts';

function ctx(
  rule: Partial<CorsRule>,
  more: Partial<Omit<CorsHeaderContext, 'rule'>> = {},
): CorsHeaderContext {
  return {
    rule: { ...policyDefault(), ...rule },
    branch: 'actual',
    origin: 'http://localhost:5173',
    originAllowed: true,
    requestMethod: null,
    requestHeaders: null,
    ...more,
  };
}

describe('corsHeader.allowOrigin', () => {
  it.each<[string, CorsHeaderContext, string | null]>([
    ['any sends *', ctx({ origin: { mode: 'any' } }), '*'],
    ['any sends * without an Origin', ctx({ origin: { mode: 'any' } }, { origin: null }), '*'],
    ['reflect echoes the origin', ctx({ origin: { mode: 'reflect' } }), 'http://localhost:5173'],
    ['reflect echoes null', ctx({ origin: { mode: 'reflect' } }, { origin: 'null' }), 'null'],
    ['list echoes an allowed origin', ctx({}), 'http://localhost:5173'],
    ['omitted when not allowed', ctx({}, { originAllowed: false }), null],
    ['omitted without an Origin', ctx({ origin: { mode: 'reflect' } }, { origin: null }), null],
    ['never echoes CR/LF', ctx({ origin: { mode: 'reflect' } }, { origin: 'http://a\r\nX: y' }), null],
  ])('%s', (_name, c, expected) => expect(corsHeader.allowOrigin(c)).toBe(expected));
});

describe('corsHeader.allowCredentials', () => {
  it.each<[boolean, string | null]>([
    [true, 'true'],
    [false, null],
  ])('credentials %s → %s', (credentials, expected) => {
    expect(corsHeader.allowCredentials(ctx({ credentials }))).toBe(expected);
  });
});

describe('corsHeader.allowMethods', () => {
  it.each<[string, CorsHeaderContext, string | null]>([
    ['default list, like Express', ctx({}), 'GET,HEAD,PUT,PATCH,POST,DELETE'],
    ['list with *', ctx({ allowMethods: { mode: 'list', values: ['*'] } }), '*'],
    ['empty list sends none', ctx({ allowMethods: { mode: 'list', values: [] } }), null],
    ['reflect echoes ACRM', ctx({ allowMethods: { mode: 'reflect' } }, { requestMethod: 'PATCH' }), 'PATCH'],
    ['reflect keeps case', ctx({ allowMethods: { mode: 'reflect' } }, { requestMethod: 'patch' }), 'patch'],
    ['reflect without ACRM', ctx({ allowMethods: { mode: 'reflect' } }), null],
    [
      'reflect refuses a non-token',
      ctx({ allowMethods: { mode: 'reflect' } }, { requestMethod: 'P T' }),
      null,
    ],
  ])('%s', (_name, c, expected) => expect(corsHeader.allowMethods(c)).toBe(expected));
});

describe('corsHeader.allowHeaders', () => {
  const reflect = { allowHeaders: { mode: 'reflect' as const } };
  it.each<[string, CorsHeaderContext, string | null]>([
    [
      'reflect echoes ACRH',
      ctx(reflect, { requestHeaders: 'content-type,x-custom' }),
      'content-type,x-custom',
    ],
    ['reflect without ACRH', ctx(reflect), null],
    ['reflect with empty ACRH', ctx(reflect, { requestHeaders: '' }), null],
    ['reflect refuses LF', ctx(reflect, { requestHeaders: 'x\nSet-Cookie: a' }), null],
    [
      'list',
      ctx({ allowHeaders: { mode: 'list', values: ['Content-Type', 'X-Custom'] } }),
      'Content-Type,X-Custom',
    ],
    ['list *', ctx({ allowHeaders: { mode: 'list', values: ['*'] } }), '*'],
    ['empty list', ctx({ allowHeaders: { mode: 'list', values: [] } }), null],
  ])('%s', (_name, c, expected) => expect(corsHeader.allowHeaders(c)).toBe(expected));
});

describe('corsHeader.exposeHeaders', () => {
  it.each<[string[], string | null]>([
    [[], null],
    [['X-Total'], 'X-Total'],
    [['X-Total', 'ETag'], 'X-Total,ETag'],
    [['*'], '*'],
  ])('%j → %s', (exposeHeaders, expected) => {
    expect(corsHeader.exposeHeaders(ctx({ exposeHeaders }))).toBe(expected);
  });
});

describe('corsHeader.maxAge', () => {
  it.each<[number | null, string | null]>([
    [null, null],
    [0, '0'],
    [-1, '-1'],
    [600, '600'],
    [86_400, '86400'],
  ])('%s → %s', (maxAge, expected) => expect(corsHeader.maxAge(ctx({ maxAge }))).toBe(expected));
});

describe('corsHeader.vary', () => {
  it.each<[string, CorsHeaderContext, string | null]>([
    ['list varies on Origin', ctx({}), 'Origin'],
    ['reflect varies on Origin', ctx({ origin: { mode: 'reflect' } }), 'Origin'],
    ['* does not vary', ctx({ origin: { mode: 'any' } }), null],
    ['varyOrigin off', ctx({ varyOrigin: false }), null],
    [
      'preflight reflecting headers',
      ctx({}, { branch: 'preflight' }),
      'Origin, Access-Control-Request-Headers',
    ],
    [
      'preflight reflecting both',
      ctx({ allowMethods: { mode: 'reflect' }, varyOrigin: false }, { branch: 'preflight' }),
      'Access-Control-Request-Method, Access-Control-Request-Headers',
    ],
    [
      'preflight with lists',
      ctx({ allowHeaders: { mode: 'list', values: ['x'] } }, { branch: 'preflight' }),
      'Origin',
    ],
  ])('%s', (_name, c, expected) => expect(corsHeader.vary(c)).toBe(expected));
});
