import type { BrowserName } from '@cors-playground/engine';

/** What the page can learn about the browser running it; `browserDetectSignals` reads it from the page. */
export interface BrowserSignals {
  userAgent: string;
  /** `navigator.vendor`: `Apple Computer, Inc.` in every WebKit browser, `Google Inc.` in Chromium, empty in Firefox. */
  vendor: string;
  /** `navigator.userAgentData` exists: only Chromium implements User-Agent Client Hints. */
  userAgentData: boolean;
  /** `CSS.supports('-moz-appearance', 'none')`: only Gecko parses `-moz-` properties. */
  gecko: boolean;
}

/** iOS browsers other than Safari: on iOS every browser is WebKit underneath, whatever its name. */
const iosBrowserToken = /\b(CriOS|FxiOS|EdgiOS|OPiOS)\//;

/**
 * Which engine runs the page. Feature checks come first because a user agent string can be changed
 * (or frozen, or copied from Safari by a WebKit browser); the user agent only breaks the ties.
 */
export function browserDetect(signals: BrowserSignals): BrowserName {
  const ua = signals.userAgent;
  if (signals.gecko) return 'firefox';
  if (iosBrowserToken.test(ua)) return 'webkit';
  if (signals.vendor.startsWith('Apple')) return 'webkit';
  if (signals.userAgentData || /\b(Chrome|Chromium|Edg)\//.test(ua)) return 'chromium';
  if (/\bFirefox\//.test(ua)) return 'firefox';
  if (/\bAppleWebKit\//.test(ua)) return 'webkit';
  return 'chromium';
}

/** The signals of the browser running this page. */
export function browserDetectSignals(): BrowserSignals {
  return {
    userAgent: navigator.userAgent,
    vendor: navigator.vendor,
    userAgentData: 'userAgentData' in navigator && navigator.userAgentData !== undefined,
    gecko: typeof CSS !== 'undefined' && CSS.supports('-moz-appearance', 'none'),
  };
}

/**
 * Which engine model matches the browser running this page: its predictions are about this browser.
 * Not beside the engine's loader, which the shell imports: the first paint needs no detection.
 */
export function browserDetectPage(): BrowserName {
  return browserDetect(browserDetectSignals());
}
