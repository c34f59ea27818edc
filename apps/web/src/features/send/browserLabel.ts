import type { BrowserName } from '@cors-playground/engine';

/**
 * How the app names each engine the simulator models, in the order it lists them (the engine's own
 * `browserLabels` are for reports; this module keeps the engine out of the first paint). Safari is named with
 * its engine: every WebKit browser (all of them on iOS) behaves alike, and the claims about it are
 * measured in WebKitGTK, which shares Safari's engine but not its network stack.
 */
export const browserLabel: Readonly<Record<BrowserName, string>> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'Safari (WebKit)',
};

/** The engines in the order every per-engine list shows them. */
export const browserOrder = Object.keys(browserLabel) as BrowserName[];
