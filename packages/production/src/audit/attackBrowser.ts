/** A browser engine family: Chromium (Chrome, Edge), Gecko (Firefox), WebKit (Safari). */
export type AttackBrowser = 'chromium' | 'firefox' | 'webkit';

const allBrowsers: readonly AttackBrowser[] = ['chromium', 'firefox', 'webkit'];

/**
 * Which engines' URL parsers keep a character inside a host name, so that a page can be served from
 * it and send it in `Origin`. Letters, digits, `.`, `-` and `_` work everywhere; the rest differ:
 * WebKit follows the URL standard (which forbids only `#/:<>?@[\]^|`, `%`, space and controls).
 */
const hostCharacterBrowsers: Record<string, readonly AttackBrowser[]> = {
  _: allBrowsers,
  '-': allBrowsers,
};

/** The engines that can send `origin` as an `Origin` header (all of them for `null` and plain host names). */
export function attackBrowsers(origin: string): AttackBrowser[] {
  const host = /^[a-z]+:\/\/([^/:]+)/.exec(origin)?.[1] ?? '';
  let browsers = [...allBrowsers];
  for (const c of new Set(host.replace(/[a-z0-9.]/gi, ''))) {
    const allowed = hostCharacterBrowsers[c] ?? ['webkit'];
    browsers = browsers.filter((b) => allowed.includes(b));
  }
  return browsers;
}
