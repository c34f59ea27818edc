import { describe, expect, it } from 'vitest';
import { cliRun } from './cliRun.testkit.ts';

describe('cors audit: the exposure map', () => {
  it("prints who can do what below the findings, on the policy's own domain", async () => {
    const policy = {
      origin: { mode: 'list', allow: [{ regex: '^https://.*bank\\.example$', ignoreCase: true }] },
      credentials: true,
    };
    const r = await cliRun(['audit'], JSON.stringify(policy));
    expect(r.stdout).toContain('Who can do what against https://api.bank.example:');
    // The sibling on the bank's own site reads /private with the user's cookie.
    expect(r.stdout).toMatch(/^https:\/\/blog\.bank\.example +● reads the response/m);
    expect(r.stdout).toMatch(/^https:\/\/evil\.example +◐ sends, can't read/m);
    // The audit's look-alike is a row of its own, and it reads (without the user's cookie).
    expect(r.stdout).toMatch(/^https:\/\/evilbank\.example +● reads the response/m);
    expect(r.stdout).toContain(
      '  https://evilbank.example — Look-alike (suffix); who: anyone who registers such a name',
    );
    expect(r.stdout).toMatch(/ {4}chromium: The script reads the 200 answer with the user's cookie\./);
  });

  it('--json stays machine-readable: no map in it', async () => {
    const r = await cliRun(
      ['audit', '--json'],
      JSON.stringify({ origin: { mode: 'reflect' }, credentials: true }),
    );
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    expect(r.stdout).not.toContain('Who can do what');
  });
});
