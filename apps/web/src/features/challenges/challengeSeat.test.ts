import { describe, expect, it } from 'vitest';
import { stageHosts, stageOrigins } from '@cors-playground/protocol';
import { challengeSeatLabel, challengeSeats } from './challengeSeat.ts';

describe('challengeSeats', () => {
  it('labels the seats with the default host names before the config arrives', () => {
    expect(challengeSeatLabel('crossSite')).toBe('Another site (evil.localhost)');
    expect(challengeSeatLabel('lookalikeSuffix')).toBe('Look-alike: victim.localhost.evil.localhost');
  });

  it("labels the seats with the running stage's host names under a base domain", () => {
    const stage = stageOrigins(stageHosts('victim.cors.example', 'evil.cors.example'), 'https', 8443);
    expect(challengeSeats(stage).map((entry) => entry.label)).toEqual([
      'Same-site sibling (blog.)',
      'Another site (evil.cors.example)',
      'Look-alike: victim.cors.example.evil.cors.example',
      'Look-alike: evilvictim.cors.example',
      'Look-alike: app-victim.cors.example',
      'null: a sandboxed frame on evil.cors.example',
      'null: a cross-origin redirect (evil.cors.example → a look-alike → the API)',
    ]);
  });
});
