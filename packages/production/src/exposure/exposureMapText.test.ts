import { describe, expect, it } from 'vitest';
import { exposurePolicy } from './exposurePolicy.testkit.ts';
import { auditAttacks } from '../audit/auditAttack.ts';
import { exposureMap } from './exposureMap.ts';
import { exposureMapText } from './exposureMapText.ts';

describe('exposureMapText', () => {
  it('prints one line per seat with shape and words, then explains each readable cell per browser', () => {
    const policy = exposurePolicy({
      origin: { mode: 'list', allow: [{ regex: '^https://.*bank\\.example$', anchor: 'none' }] },
      credentials: true,
    });
    const text = exposureMapText(
      exposureMap(policy, {
        appOrigin: 'https://www.bank.example',
        apiOrigin: 'https://api.bank.example',
        attacks: auditAttacks(policy),
      }),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Who can do what against https://api.bank.example:');
    expect(lines.find((l) => l.startsWith('https://evilbank.example'))).toMatch(
      /^https:\/\/evilbank\.example\s+● reads the response\s+● reads the response/,
    );
    expect(lines.find((l) => l.startsWith('https://evil.example '))).toMatch(/◐ sends, can't read/);
    expect(text).toContain(
      '  https://evilbank.example — Look-alike (suffix); who: anyone who registers such a name\n    reads: Credentialed GET /private, JSON write (PUT /data), Custom header (X-Requested-With)\n',
    );
    expect(text).toMatch(
      / {4}chromium: The script reads the 401 answer without the user's cookie \(the page \(https:\/\/evilbank\.example\) is cross-site/,
    );
    // The sibling reads with the cookie: the same site gets it.
    expect(text).toMatch(/ {4}firefox: The script reads the 200 answer with the user's cookie\./);
  });
});
