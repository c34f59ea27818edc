import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permalinkDecode } from './permalinkCodec.ts';
import { permalinkEncode, permalinkPresent, permalinkUrl } from './permalinkEncode.ts';
import { requestDraftDefault } from '@cors-playground/client';

describe('permalinkCodec', () => {
  it('round-trips any request and policy, Unicode included', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.string())),
        fc.option(fc.string()),
        (path, method, headers, body) => {
          const link = {
            policy: { origin: { mode: 'list' as const, allow: ['http://localhost:5173'] }, maxAge: 600 },
            request: {
              ...requestDraftDefault(),
              path,
              method,
              headers: headers as Array<[string, string]>,
              body,
            },
          };
          expect(permalinkDecode(permalinkEncode(link))).toEqual({ ok: true, link });
        },
      ),
    );
  });

  it('links into the sandbox it was copied from, or none (the default one, a workshop)', () => {
    const link = { policy: null, request: requestDraftDefault() };
    const hash = permalinkEncode(link);
    expect(permalinkUrl('http://localhost:5173/?sandbox=a#p=old', 'b', link)).toBe(
      `http://localhost:5173/?sandbox=b${hash}`,
    );
    expect(permalinkUrl('http://localhost:5173/?sandbox=a', null, link)).toBe(
      `http://localhost:5173/${hash}`,
    );
  });

  it('ignores a hash without a permalink, and explains a broken one', () => {
    expect(permalinkPresent('#p=abc')).toBe(true);
    expect(permalinkPresent('#x=1')).toBe(false);
    expect(permalinkDecode('')).toBeNull();
    expect(permalinkDecode('#other=1')).toBeNull();
    expect(permalinkDecode('#p=%%%')).toMatchObject({ ok: false });
    const wrong = permalinkEncode({
      policy: null,
      request: { ...requestDraftDefault(), mode: 'navigate' as 'cors' },
    });
    const decoded = permalinkDecode(wrong);
    expect(decoded).toMatchObject({ ok: false });
    expect(decoded && !decoded.ok && decoded.error).toContain('request.mode');
  });
});
