import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { policyPathFormat } from '@cors-playground/engine';
import {
  policyDraftFormat,
  policyDraftParse,
  policyDraftSet,
  policyErrorDescribe,
  policyErrorsAt,
  policyPathSegments,
} from './policyDraft.ts';

describe('policyPathSegments', () => {
  it('splits keys and indexes', () => {
    expect(policyPathSegments('origin.allow[2].regex')).toEqual(['origin', 'allow', 2, 'regex']);
    expect(policyPathSegments('paths[0].override.origin')).toEqual(['paths', 0, 'override', 'origin']);
    expect(policyPathSegments('')).toEqual([]);
  });

  it("is the inverse of the engine's policyPathFormat", () => {
    const segment = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), fc.nat(50));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (path) => {
        // A path starting with an index formats as `[0]…`; the editor never sees one, but it still round-trips.
        expect(policyPathSegments(policyPathFormat(path))).toEqual(path);
      }),
    );
  });
});

describe('policyDraftParse', () => {
  it('parses JSON and reports syntax errors at the document', () => {
    expect(policyDraftParse('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const bad = policyDraftParse('{"a":');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.path).toBe('');
      expect(bad.error.message).toMatch(/^JSON syntax error/);
    }
  });
});

describe('policyDraftSet', () => {
  const draft = { origin: { mode: 'list', allow: ['a', 'b'] }, unknownField: 1 };

  it('writes at a path without touching the rest, unknown fields included', () => {
    expect(policyDraftSet(draft, ['origin', 'allow', 1], 'B')).toEqual({
      origin: { mode: 'list', allow: ['a', 'B'] },
      unknownField: 1,
    });
    expect(draft.origin.allow).toEqual(['a', 'b']);
  });

  it('creates missing objects and arrays', () => {
    expect(policyDraftSet({}, ['paths', 0, 'path'], '^/api/')).toEqual({ paths: [{ path: '^/api/' }] });
  });

  it('removes fields and array elements with undefined', () => {
    expect(policyDraftSet(draft, ['origin', 'allow', 0], undefined)).toEqual({
      origin: { mode: 'list', allow: ['b'] },
      unknownField: 1,
    });
    expect(policyDraftSet(draft, ['unknownField'], undefined)).toEqual({ origin: draft.origin });
  });

  it('replaces the whole document for an empty path', () => {
    expect(policyDraftSet(draft, [], { x: 1 })).toEqual({ x: 1 });
  });

  it('round-trips through the draft text', () => {
    const text = policyDraftFormat(policyDraftSet(draft, ['credentials'], true));
    expect(policyDraftParse(text)).toEqual({ ok: true, value: { ...draft, credentials: true } });
  });
});

describe('policyErrorsAt', () => {
  const errors = [
    { path: 'origin.allow[1]', message: 'x' },
    { path: 'originX', message: 'y' },
    { path: 'origin', message: 'z' },
    { path: 'maxAge', message: 'w' },
  ];

  it('keeps the errors at a field and below it, not at look-alike fields', () => {
    expect(policyErrorsAt(errors, 'origin').map((e) => e.path)).toEqual(['origin.allow[1]', 'origin']);
    expect(policyErrorsAt(errors, 'origin.allow').map((e) => e.path)).toEqual(['origin.allow[1]']);
  });

  it('describes an error with its path first', () => {
    expect(policyErrorDescribe({ path: 'maxAge', message: 'too big' })).toBe('maxAge too big');
    expect(policyErrorDescribe({ path: '', message: 'JSON syntax error' })).toBe('JSON syntax error');
  });
});
