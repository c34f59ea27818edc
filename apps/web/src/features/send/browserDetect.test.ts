import { describe, expect, it } from 'vitest';
import { browserDetect, type BrowserSignals } from './browserDetect.ts';

const safariMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15';
/** WebKitGTK's MiniBrowser 2.50.6 as measured here under WebKitWebDriver. */
const webkitGtk =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15';
const chromeIos =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1';
const firefoxIos =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15';
const chromium =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const edge =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';

const apple = { vendor: 'Apple Computer, Inc.', userAgentData: false, gecko: false };
const google = { vendor: 'Google Inc.', userAgentData: true, gecko: false };
const mozilla = { vendor: '', userAgentData: false, gecko: true };

describe('browserDetect', () => {
  it.each<[string, BrowserSignals, string]>([
    ['Safari on macOS', { userAgent: safariMac, ...apple }, 'webkit'],
    ['WebKitGTK MiniBrowser', { userAgent: webkitGtk, ...apple }, 'webkit'],
    ['Chrome on iOS (WebKit underneath)', { userAgent: chromeIos, ...apple }, 'webkit'],
    ['Firefox on iOS (WebKit underneath)', { userAgent: firefoxIos, ...apple }, 'webkit'],
    ['Chromium', { userAgent: chromium, ...google }, 'chromium'],
    ['Edge', { userAgent: edge, ...google }, 'chromium'],
    ['Firefox', { userAgent: firefox, ...mozilla }, 'firefox'],
  ])('%s is %s', (_name, signals, engine) => {
    expect(browserDetect(signals)).toBe(engine);
  });

  it('believes the features over a user agent copied from another browser', () => {
    expect(browserDetect({ userAgent: safariMac, ...google })).toBe('chromium');
    expect(browserDetect({ userAgent: chromium, ...mozilla })).toBe('firefox');
    expect(browserDetect({ userAgent: chromium, ...apple })).toBe('webkit');
  });

  it('falls back on the user agent when the features say nothing', () => {
    const none = { vendor: '', userAgentData: false, gecko: false };
    expect(browserDetect({ userAgent: firefox, ...none })).toBe('firefox');
    expect(browserDetect({ userAgent: safariMac, ...none })).toBe('webkit');
    expect(browserDetect({ userAgent: chromium, ...none })).toBe('chromium');
    expect(browserDetect({ userAgent: 'curl/8.0', ...none })).toBe('chromium');
  });
});
