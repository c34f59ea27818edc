import { describe, expect, it } from 'vitest';
import {
  sandboxControlBase,
  sandboxDefaultId,
  sandboxIdLengthMax,
  sandboxLabPath,
  sandboxLabPathParse,
  stageTokenPath,
} from './sandboxAddress.ts';
import { sandboxIdIsValid } from './sandboxId.ts';

describe('sandboxAddress', () => {
  it('accepts plain ids up to sandboxIdLengthMax characters and nothing else', () => {
    expect(sandboxIdIsValid('abc_DEF-123')).toBe(true);
    expect(sandboxIdIsValid('a'.repeat(sandboxIdLengthMax))).toBe(true);
    expect(sandboxIdIsValid('a'.repeat(sandboxIdLengthMax + 1))).toBe(false);
    expect(sandboxIdIsValid('')).toBe(false);
    expect(sandboxIdIsValid('a/b')).toBe(false);
    expect(sandboxIdIsValid('a.b')).toBe(false);
  });

  it('addresses a challenge run on the stage by its token, in the lab paths’ grammar', () => {
    expect(stageTokenPath('tok_en-1')).toBe('/s/tok_en-1');
    expect(stageTokenPath('tok', '/login?session=a')).toBe('/s/tok/login?session=a');
    expect(sandboxLabPathParse(stageTokenPath('tok', '/data'))).toEqual({ sandbox: 'tok', path: '/data' });
  });

  it('builds and parses lab paths as inverses', () => {
    expect(sandboxLabPath(sandboxDefaultId, '/data')).toBe('/data');
    expect(sandboxLabPath('abc', '/data?x=1')).toBe('/s/abc/data?x=1');
    for (const [sandbox, path] of [
      ['abc', '/data?x=1'],
      ['abc', '/'],
      [sandboxDefaultId, '/private'],
    ] as const) {
      expect(sandboxLabPathParse(sandboxLabPath(sandbox, path))).toEqual({ sandbox, path });
    }
  });

  it('treats a bare sandbox prefix as its root and a bad id as a plain path', () => {
    expect(sandboxLabPathParse('/s/abc')).toEqual({ sandbox: 'abc', path: '/' });
    expect(sandboxLabPathParse('/s/abc?x=1')).toEqual({ sandbox: 'abc', path: '/?x=1' });
    expect(sandboxLabPathParse('/s/a.b/data')).toEqual({ sandbox: sandboxDefaultId, path: '/s/a.b/data' });
  });

  it('names the control-plane base', () => {
    expect(sandboxControlBase('abc')).toBe('/control/sandboxes/abc');
  });
});
