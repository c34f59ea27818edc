import { urlParse } from '../http/urlParse.ts';
import type { CookieJarEntry, CookieRequest, CookieVerdict } from './cookieTypes.ts';
import { siteOf, siteSame } from './site.ts';

/**
 * Which cookies a fetch carries, as Chromium 156 and Firefox ESR 153 behave (measured by
 * e2e/cookieRules.spec.ts, stated in docs/cookies.md). Neither browser sends any cookie on a
 * cross-site request, whatever its attributes: SameSite keeps Strict and Lax ones home, and
 * third-party cookie blocking keeps SameSite=None ones home too. So CORS with credentials only ever
 * leaks to a same-site page. A redirect through another site differs: Chromium ignores it, Firefox
 * then withholds SameSite=Strict and Lax cookies (and sends the rest). WebKitGTK 2.50 (measured by
 * e2e/conformance/webkitCookies.suite.ts) differs more: with tracking prevention off it sends
 * SameSite=None and unset cookies cross-site, and judges a sandboxed frame by its top-level site.
 */
export interface CookieSendPrediction {
  verdicts: CookieVerdict[];
  /** One sentence for the whole request, e.g. "No cookie was sent: the page is cross-site …". */
  summary: string;
}

/**
 * Why the request is cross-site, in words; null when it is same-site. WebKit judges a sandboxed frame
 * by the top-level site, not by its opaque origin.
 */
function cookieSendCrossSite(request: CookieRequest): string | null {
  if (request.pageOrigin === 'null' && request.browser !== 'webkit')
    return 'the page has an opaque origin (null, a sandboxed frame)';
  if (request.pageOrigin === 'null') return cookieSendCrossTop(request);
  if (!siteSame(request.pageOrigin, request.url)) {
    return `the page (${request.pageOrigin}) is cross-site to ${urlParse(request.url)?.origin ?? request.url}`;
  }
  return cookieSendCrossTop(request);
}

function cookieSendCrossTop(request: CookieRequest): string | null {
  if (!siteSame(request.topLevelUrl, request.url)) {
    return `the top-level page (${urlParse(request.topLevelUrl)?.origin ?? request.topLevelUrl}) is cross-site`;
  }
  return null;
}

/** The first hop of the redirect chain on another site than the page, if any. */
function cookieSendForeignHop(request: CookieRequest): string | null {
  const hop = (request.redirects ?? []).find((url) => !siteSame(request.pageOrigin, url));
  return hop === undefined ? null : (urlParse(hop)?.origin ?? hop);
}

/** Why credentials mode keeps every cookie home; null when it lets them go. */
function cookieSendCredentials(request: CookieRequest): string | null {
  if (request.credentials === 'omit') return "the fetch says credentials: 'omit'";
  if (request.credentials === 'include') return null;
  const target = urlParse(request.url)?.origin;
  const sameOrigin = [...(request.redirects ?? []), request.url].every(
    (url) => urlParse(url)?.origin === request.pageOrigin,
  );
  return sameOrigin
    ? null
    : `the fetch says credentials: 'same-origin' and ${target ?? request.url} is another origin`;
}

function cookieSendPathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** Whether a Secure cookie may travel to this URL: HTTPS, or a loopback name browsers treat as secure. */
function cookieSendSecureAllowed(protocol: string, hostname: string): boolean {
  return (
    protocol === 'https:' ||
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '127.0.0.1' ||
    hostname === '[::1]'
  );
}

function cookieSendOne(cookie: CookieJarEntry, request: CookieRequest): CookieVerdict {
  const verdict = (sent: boolean, reason: string) => ({ name: cookie.name, sent, reason });
  const url = urlParse(request.url);
  if (!url) return verdict(false, `${request.url} is not a URL`);
  if (url.hostname !== cookie.host)
    return verdict(false, `it belongs to ${cookie.host}, not ${url.hostname}`);
  const path = cookie.path ?? '/';
  if (!cookieSendPathMatches(path, url.pathname))
    return verdict(false, `its Path ${path} does not cover ${url.pathname}`);
  if (cookie.secure && !cookieSendSecureAllowed(url.protocol, url.hostname)) {
    return verdict(false, 'it is Secure and the request is plain HTTP');
  }
  const credentials = cookieSendCredentials(request);
  if (credentials) return verdict(false, credentials);
  const crossSite = cookieSendCrossSite(request);
  if (crossSite) {
    if (cookie.sameSite === 'Strict' || cookie.sameSite === 'Lax') {
      return verdict(false, `${crossSite} and the cookie is SameSite=${cookie.sameSite}`);
    }
    if (request.browser === 'webkit') {
      // WebKitGTK's default policy only stops third parties from setting cookies (ITP is off).
      const rule =
        cookie.sameSite === 'unset' ? 'has no SameSite, which WebKit treats as None' : 'is SameSite=None';
      return verdict(
        true,
        `${crossSite}, but the cookie ${rule} and WebKitGTK blocks only the setting of third-party cookies (Safari, with tracking prevention, would withhold it)`,
      );
    }
    if (cookie.sameSite === 'unset') {
      const rule =
        request.browser === 'chromium'
          ? 'has no SameSite, which Chromium treats as Lax'
          : 'has no SameSite (None in Firefox), but the browser blocks third-party cookies';
      return verdict(false, `${crossSite} and the cookie ${rule}`);
    }
    if (cookie.partitioned) {
      return verdict(false, `${crossSite} and the cookie is partitioned under ${cookie.partitionSite}`);
    }
    return verdict(
      false,
      `${crossSite}: SameSite=None allows it, but the browser blocks third-party cookies`,
    );
  }
  const hop = cookieSendForeignHop(request);
  if (hop && request.browser !== 'chromium' && (cookie.sameSite === 'Strict' || cookie.sameSite === 'Lax')) {
    return verdict(
      false,
      `it was redirected through another site (${hop}), which ${request.browser === 'firefox' ? 'Firefox' : 'WebKit'} counts as cross-site, and the cookie is SameSite=${cookie.sameSite}`,
    );
  }
  const topSite = siteOf(request.topLevelUrl);
  if (cookie.partitioned && topSite && `${topSite.scheme}//${topSite.domain}` !== cookie.partitionSite) {
    return verdict(
      false,
      `it is partitioned under ${cookie.partitionSite}, and this top-level site is another`,
    );
  }
  return verdict(
    true,
    `same-site request and ${request.credentials === 'include' ? "credentials: 'include'" : 'same-origin'}`,
  );
}

function cookieSendSummary(verdicts: CookieVerdict[]): string {
  const sent = verdicts.filter((verdict) => verdict.sent).map((verdict) => verdict.name);
  if (sent.length > 0) return `Sent: ${sent.join(', ')}.`;
  const first = verdicts[0];
  if (!first) return 'No cookie was sent: the browser holds none for this host.';
  const reasons = [...new Set(verdicts.map((verdict) => verdict.reason))];
  return `No cookie was sent: ${reasons.length === 1 ? first.reason : reasons.join('; ')}.`;
}

/** Predicts, cookie by cookie, which of `jar` the request carries, and why not. */
export function cookieSendPredict(
  jar: readonly CookieJarEntry[],
  request: CookieRequest,
): CookieSendPrediction {
  const verdicts = jar.map((cookie) => cookieSendOne(cookie, request));
  return { verdicts, summary: cookieSendSummary(verdicts) };
}
