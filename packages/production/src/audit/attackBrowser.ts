/** A browser engine family: Chromium (Chrome, Edge), Gecko (Firefox), WebKit (Safari). */
export type AttackBrowser = 'chromium' | 'firefox' | 'webkit';

const allBrowsers: readonly AttackBrowser[] = ['chromium', 'firefox', 'webkit'];

/**
 * Which engines load a page whose host holds a character, and so send it in `Origin`. The URL standard
 * forbids only `#/:<>?@[\]^|`, `%`, space and controls in a host, and every engine's `new URL()`
 * accepts the rest; but the name must also get past the engine's resolver. Measured by loading
 * `http://www.bank.example<c>.evil.localhost/` and fetching from it: Chromium 156 refuses every
 * character but `_` and `-` (ERR_NAME_NOT_RESOLVED), Firefox ESR 153 also loads `$` and `+` (its URL
 * parser throws on `*` and `"`). WebKit (Safari) loads the others too, as reported by the scanners'
 * authors (not measurable here: no WebKit on this machine).
 */
const hostCharacterBrowsers: Record<string, readonly AttackBrowser[]> = {
  _: allBrowsers,
  '-': allBrowsers,
  $: ['firefox', 'webkit'],
  '+': ['firefox', 'webkit'],
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
