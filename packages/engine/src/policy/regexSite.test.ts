import { describe, expect, it } from 'vitest';
import { regexSiteKey, regexSitesFind } from './regexSite.ts';

describe('regexSite', () => {
  it('finds every pattern where requests run it, with its field path', () => {
    const policy = {
      origin: { mode: 'list', allow: ['https://a.example', { regex: '^a$', ignoreCase: true }] },
      paths: [
        {
          path: '^/api/',
          override: { origin: { mode: 'list', allow: [{ regex: 'b', anchor: 'both' as const }] } },
        },
        { path: '^/open/', override: { origin: { mode: 'any' } } },
      ],
    };
    const { lists, paths } = regexSitesFind(policy);
    expect(
      lists.map((list) => list.map((site) => [site.source, site.ignoreCase, site.anchor, site.at])),
    ).toEqual([
      [['^a$', true, 'none', ['origin', 'allow', 1, 'regex']]],
      [['b', false, 'both', ['paths', 0, 'override', 'origin', 'allow', 0, 'regex']]],
      [],
    ]);
    expect(paths.map((site) => site.at)).toEqual([
      ['paths', 0, 'path'],
      ['paths', 1, 'path'],
    ]);
  });

  it('keys one program per pattern, case and kind of anchoring', () => {
    const site = { source: 'a', ignoreCase: false, anchor: 'none' as const };
    expect(regexSiteKey(site)).not.toBe(regexSiteKey({ ...site, ignoreCase: true }));
    expect(regexSiteKey({ ...site, anchor: 'start' })).toBe(regexSiteKey({ ...site, anchor: 'both' }));
    expect(regexSiteKey({ ...site, anchor: 'start' })).not.toBe(regexSiteKey(site));
  });
});
