import { describe, expect, it } from 'vitest';
import type { OriginEntry, OriginRegex } from '../policy/policySchema.ts';
import { regexLimits } from '../policy/regexLimits.ts';
import { originEntryDescribe, originMatch, originMatchEntry } from './originMatch.ts';

const re = (regex: string, anchor: OriginRegex['anchor'] = 'none', ignoreCase = false): OriginRegex => ({
  regex,
  anchor,
  ignoreCase,
  flags: '',
});

describe('originMatchEntry', () => {
  it.each<[string, OriginEntry, string, boolean]>([
    ['exact', 'https://example.com', 'https://example.com', true],
    ['exact is case-sensitive', 'https://example.com', 'https://EXAMPLE.com', false],
    ['exact needs the same port', 'http://localhost:5173', 'http://localhost:5174', false],
    ['exact needs the same scheme', 'https://example.com', 'http://example.com', false],
    ['exact is not a prefix', 'https://example.com', 'https://example.com.evil.io', false],
    ['null entry allows the opaque origin', 'null', 'null', true],
    ['null entry is not a wildcard', 'null', 'https://example.com', false],
    ['wildcard subdomain', 'https://*.example.com', 'https://app.example.com', true],
    ['wildcard nests', 'https://*.example.com', 'https://a.b.example.com', true],
    ['wildcard excludes the bare domain', 'https://*.example.com', 'https://example.com', false],
    ['wildcard is not a suffix match', 'https://*.example.com', 'https://evilexample.com', false],
    ['wildcard checks the scheme', 'https://*.example.com', 'http://app.example.com', false],
    ['wildcard checks the port', 'http://*.localhost:5174', 'http://a.localhost:5173', false],
    ['wildcard with port', 'http://*.localhost:5174', 'http://evil.localhost:5174', true],
    ['wildcard rejects a path trick', 'https://*.example.com', 'https://evil.io/x.example.com', false],
    ['wildcard rejects a user trick', 'https://*.example.com', 'https://evil.io@a.example.com', false],
  ])('%s', (_name, entry, origin, expected) => {
    expect(originMatchEntry(entry, origin)).toBe(expected);
  });

  describe('the famous regex mistakes', () => {
    it.each<[string, OriginRegex, string, boolean]>([
      // Express `cors` with /https:\/\/example.com/: unanchored, dot unescaped.
      ['unanchored matches a longer host', re('https://example.com'), 'https://example.com.evil.io', true],
      ['unanchored matches inside another origin', re('example.com'), 'https://notexample.com', true],
      ['unescaped dot matches any character', re('^https://example.com$'), 'https://exampleXcom', true],
      ['escaped dot does not', re('^https://example\\.com$'), 'https://exampleXcom', false],
      // django-cors-headers CORS_ALLOWED_ORIGIN_REGEXES uses re.match: start-anchored only.
      [
        'django start anchor lets a suffix through',
        re('https://example\\.com', 'start'),
        'https://example.com.evil.io',
        true,
      ],
      [
        'django start anchor still needs the start',
        re('example\\.com', 'start'),
        'https://example.com',
        false,
      ],
      ['$ fixes django', re('https://example\\.com$', 'start'), 'https://example.com.evil.io', false],
      // Nelmio: preg_match with the i flag.
      [
        'Nelmio is case-insensitive',
        re('^https://example\\.com$', 'none', true),
        'https://EXAMPLE.COM',
        true,
      ],
      ['without i, case matters', re('^https://example\\.com$'), 'https://EXAMPLE.COM', false],
      // Spring allowedOriginPatterns / fullmatch.
      [
        'whole match rejects a suffix',
        re('https://example\\.com', 'both'),
        'https://example.com.evil.io',
        false,
      ],
      ['whole match accepts the origin', re('https://example\\.com', 'both'), 'https://example.com', true],
      ['subdomain regex', re('^https://[a-z0-9-]+\\.example\\.com$'), 'https://app.example.com', true],
      [
        'subdomain regex vs bare domain',
        re('^https://[a-z0-9-]+\\.example\\.com$'),
        'https://example.com',
        false,
      ],
      ['.* allows the null origin', re('.*'), 'null', true],
    ])('%s', (_name, entry, origin, expected) => {
      expect(originMatchEntry(entry, origin)).toBe(expected);
    });
  });

  it('matches a hostile 50k-character Origin against (a+)+$ correctly (RE2 is linear)', () => {
    const hostile = 'a'.repeat(50_000) + '!';
    expect(originMatchEntry(re('(a+)+$'), hostile)).toBe(false);
    expect(originMatchEntry(re('(a+)+$'), 'a'.repeat(50_000))).toBe(true);
    expect(originMatchEntry(re('^(a|aa)+$', 'both'), 'a'.repeat(50_000) + 'b')).toBe(false);
  });
});

describe('originMatch', () => {
  it('any and reflect allow everything, and say so', () => {
    expect(originMatch({ mode: 'any' }, 'http://x')).toMatchObject({ allowed: true });
    expect(originMatch({ mode: 'reflect' }, 'null')).toEqual({
      allowed: true,
      note: 'The policy reflects any origin, so null is echoed back',
    });
  });

  it('explains a miss in plain English', () => {
    const list = { mode: 'list' as const, allow: ['http://localhost:5173'] };
    expect(originMatch(list, 'http://evil.localhost:5174')).toEqual({
      allowed: false,
      note: 'Origin http://evil.localhost:5174 matched no allowed origin',
    });
    expect(originMatch({ mode: 'list', allow: [] }, 'http://x').note).toContain('list is empty');
  });

  it('never runs regexes on an Origin longer than any real one, and says so', () => {
    const long = `http://${'a'.repeat(regexLimits.originInputMax)}`;
    const list = { mode: 'list' as const, allow: [re('.*'), long] };
    // Exact entries still compare: that costs nothing.
    expect(originMatch(list, long)).toMatchObject({ allowed: true });
    const miss = originMatch({ mode: 'list', allow: [re('.*')] }, `${long}x`);
    expect(miss.allowed).toBe(false);
    expect(miss.note).toContain(
      `at ${long.length + 1} characters it is longer than any real origin (over ${regexLimits.originInputMax}), so the regular expressions were not tried`,
    );
    const atLimit = `http://${'a'.repeat(regexLimits.originInputMax - 7)}`;
    expect(originMatch({ mode: 'list', allow: [re('.*')] }, atLimit).allowed).toBe(true);
  });

  it('names the entry that matched, with its semantics', () => {
    const list = { mode: 'list' as const, allow: ['http://a', re('^http://localhost', 'start', true)] };
    expect(originMatch(list, 'http://localhost:5173').note).toBe(
      'Origin http://localhost:5173 matched allowed origin /^http://localhost/i (anchored at the start only, like django-cors-headers)',
    );
    expect(originEntryDescribe('null')).toBe('null');
  });
});
