import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookieSendPredict } from './cookieSend.ts';
import { cookieStoreAccept } from './cookieStore.ts';
import type { CookieBrowser, CookieJarEntry, CookieRequest } from './cookieTypes.ts';
import { cookieVariants } from './cookieVariants.ts';

const api = 'http://api.victim.localhost:5175';
const echo = `${api}/echo`;

function jarFor(browser: CookieBrowser, url = `${api}/set`): CookieJarEntry[] {
  return cookieVariants.flatMap((variant) => {
    const result = cookieStoreAccept(variant, url, browser);
    return result.stored ? [result.entry] : [];
  });
}

function sent(browser: CookieBrowser, request: Omit<CookieRequest, 'browser'>): string[] {
  return cookieSendPredict(jarFor(browser), { browser, ...request })
    .verdicts.filter((verdict) => verdict.sent)
    .map((verdict) => verdict.name);
}

const page = (origin: string): Pick<CookieRequest, 'pageOrigin' | 'topLevelUrl'> => ({
  pageOrigin: origin,
  topLevelUrl: `${origin}/`,
});
const all = ['cr_strict', 'cr_lax', 'cr_unset', 'cr_none_secure', 'cr_partitioned', 'cr_httponly_lax'];

describe('cookieStoreAccept', () => {
  it('refuses SameSite=None without Secure and keeps Secure on http://*.localhost', () => {
    expect(jarFor('chromium').map((entry) => entry.name)).toEqual(all);
    const refused = cookieStoreAccept(cookieVariants[4]!, `${api}/set`, 'firefox');
    expect(refused).toEqual({ stored: false, reason: 'SameSite=None without Secure is refused' });
  });
});

describe('cookieSendPredict', () => {
  for (const browser of ['chromium', 'firefox'] as const) {
    it(`${browser}: a same-site page gets every cookie, Strict included`, () => {
      expect(
        sent(browser, { ...page('http://app.victim.localhost:5175'), url: echo, credentials: 'include' }),
      ).toEqual(all);
    });

    it(`${browser}: a cross-site page, a look-alike and a sandboxed frame get none`, () => {
      for (const origin of ['http://evil.localhost:5175', 'http://victim.localhost.evil.localhost:5175']) {
        expect(sent(browser, { ...page(origin), url: echo, credentials: 'include' })).toEqual([]);
      }
      const framed = { pageOrigin: 'null', topLevelUrl: 'http://app.victim.localhost:5175/' };
      expect(sent(browser, { ...framed, url: echo, credentials: 'include' })).toEqual([]);
    });

    it(`${browser}: credentials same-origin keeps cookies home on a cross-origin fetch`, () => {
      expect(
        sent(browser, { ...page('http://app.victim.localhost:5175'), url: echo, credentials: 'same-origin' }),
      ).toEqual([]);
      expect(sent(browser, { ...page(api), url: echo, credentials: 'same-origin' })).toEqual(all);
    });
  }

  it('explains in plain words why nothing was sent', () => {
    const jar = jarFor('chromium').filter((entry) => entry.name === 'cr_lax');
    const { summary } = cookieSendPredict(jar, {
      browser: 'chromium',
      ...page('http://evil.localhost:5175'),
      url: echo,
      credentials: 'include',
    });
    expect(summary).toBe(
      'No cookie was sent: the page (http://evil.localhost:5175) is cross-site to http://api.victim.localhost:5175 and the cookie is SameSite=Lax.',
    );
  });

  it('a redirect through another site: Chromium ignores it, Firefox withholds Strict and Lax', () => {
    const request = {
      ...page('http://app.victim.localhost:5175'),
      url: echo,
      credentials: 'include' as const,
      redirects: ['http://evil.localhost:5175/redirect'],
    };
    expect(sent('chromium', request)).toEqual(all);
    expect(sent('firefox', request)).toEqual(['cr_unset', 'cr_none_secure', 'cr_partitioned']);
  });

  it('never sends a cookie to another host, with credentials omitted, or cross-site', () => {
    const origin = fc.constantFrom(
      'http://app.victim.localhost:5175',
      'http://evil.localhost:5175',
      'http://127.0.0.1:5175',
      'null',
      api,
    );
    const target = fc.constantFrom(echo, 'http://localhost:5175/echo', 'http://blog.victim.localhost:1/x');
    fc.assert(
      fc.property(
        fc.constantFrom<CookieBrowser>('chromium', 'firefox'),
        origin,
        target,
        fc.constantFrom('omit', 'same-origin', 'include') as fc.Arbitrary<CookieRequest['credentials']>,
        (browser, pageOrigin, url, credentials) => {
          const topLevelUrl = pageOrigin === 'null' ? 'http://app.victim.localhost:5175/' : `${pageOrigin}/`;
          const verdicts = cookieSendPredict(jarFor(browser), {
            browser,
            pageOrigin,
            topLevelUrl,
            url,
            credentials,
          }).verdicts;
          for (const verdict of verdicts) {
            if (!verdict.sent) continue;
            expect(url).toContain('//api.victim.localhost:');
            expect(credentials).not.toBe('omit');
            expect(pageOrigin).toMatch(/victim\.localhost/);
          }
        },
      ),
    );
  });
});

describe('WebKit cookies (measured in WebKitGTK 2.50, tracking prevention off)', () => {
  const kept = ['cr_strict', 'cr_lax', 'cr_unset', 'cr_none_insecure', 'cr_httponly_lax'];

  it('keeps SameSite=None without Secure and refuses Secure over plain HTTP', () => {
    expect(jarFor('webkit').map((entry) => entry.name)).toEqual(kept);
  });

  it('sends unset and None cookies cross-site, and everything to a sandboxed frame of a same-site page', () => {
    const crossSite = sent('webkit', {
      ...page('http://evil.localhost:5175'),
      url: echo,
      credentials: 'include',
    });
    expect(crossSite).toEqual(['cr_unset', 'cr_none_insecure']);
    const frame = sent('webkit', {
      pageOrigin: 'null',
      topLevelUrl: 'http://app.victim.localhost:5175/',
      url: echo,
      credentials: 'include',
    });
    expect(frame).toEqual(kept);
  });

  it('withholds Strict and Lax after a redirect through another site, as Firefox does', () => {
    const redirected = sent('webkit', {
      ...page('http://app.victim.localhost:5175'),
      url: echo,
      credentials: 'include',
      redirects: ['http://evil.localhost:5176/redirect'],
    });
    expect(redirected).toEqual(['cr_unset', 'cr_none_insecure']);
  });
});
