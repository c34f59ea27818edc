import { describe, expect, it } from 'vitest';
import { sandboxIdIsValid } from './sandboxId.ts';

describe('sandboxId', () => {
  it('accepts plain ids up to 64 characters and nothing else', () => {
    expect(sandboxIdIsValid('abc_DEF-123')).toBe(true);
    expect(sandboxIdIsValid('a'.repeat(64))).toBe(true);
    expect(sandboxIdIsValid('a'.repeat(65))).toBe(false);
    expect(sandboxIdIsValid('')).toBe(false);
    expect(sandboxIdIsValid('a/b')).toBe(false);
    expect(sandboxIdIsValid('a.b')).toBe(false);
  });
});
