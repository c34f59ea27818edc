import { describe, expect, it } from 'vitest';
import { siteDomain, siteOf, siteSame } from './site.ts';

describe('site', () => {
  it('treats localhost as a public suffix, as both browsers do', () => {
    expect(siteDomain('api.victim.localhost')).toBe('victim.localhost');
    expect(siteSame('http://app.victim.localhost:5175', 'http://api.victim.localhost:5175')).toBe(true);
    expect(siteSame('http://a.localhost', 'http://b.localhost')).toBe(false);
    expect(siteSame('http://victim.localhost.evil.localhost', 'http://api.victim.localhost')).toBe(false);
    expect(siteSame('http://evilvictim.localhost', 'http://victim.localhost')).toBe(false);
  });

  it('ignores ports but not schemes', () => {
    expect(siteSame('http://localhost:5173', 'http://localhost:4000')).toBe(true);
    expect(siteSame('http://localhost', 'https://localhost')).toBe(false);
  });

  it('makes an IP address its own site and an opaque origin same-site with nothing', () => {
    expect(siteSame('http://127.0.0.1:1', 'http://localhost:1')).toBe(false);
    expect(siteOf('http://127.0.0.1:80')).toEqual({ scheme: 'http:', domain: '127.0.0.1' });
    expect(siteOf('null')).toBeNull();
    expect(siteSame('null', 'null')).toBe(false);
  });
});
