import { urlParse } from '../http/urlParse.ts';
import type { CookieBrowser, CookieJarEntry, CookieSetting } from './cookieTypes.ts';
import { siteOf } from './site.ts';

/** What the browser does with a `Set-Cookie` from a top-level page load of `url`. */
export type CookieStoreResult = { stored: true; entry: CookieJarEntry } | { stored: false; reason: string };

/**
 * Whether a cookie set by a first-party response to `url` is kept (measured: Chromium and Firefox
 * refuse SameSite=None without Secure and accept Secure on `http://*.localhost`; WebKitGTK keeps
 * SameSite=None without Secure but refuses a Secure cookie set over plain HTTP, loopback included).
 */
export function cookieStoreAccept(
  setting: CookieSetting,
  url: string,
  browser: CookieBrowser,
): CookieStoreResult {
  const parsed = urlParse(url);
  const site = siteOf(url);
  if (!parsed || !site) return { stored: false, reason: `${url} is not a URL` };
  if (browser === 'webkit') {
    if (setting.secure && parsed.protocol !== 'https:') {
      return {
        stored: false,
        reason: 'WebKit refuses a Secure cookie set over plain HTTP, even on localhost',
      };
    }
  } else if (setting.sameSite === 'None' && !setting.secure) {
    return { stored: false, reason: 'SameSite=None without Secure is refused' };
  }
  return {
    stored: true,
    entry: { ...setting, host: parsed.hostname, partitionSite: `${site.scheme}//${site.domain}` },
  };
}
