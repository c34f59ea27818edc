import type { BrowserName } from './fetchTypes.ts';

/** `fetch()` threw synchronously: the TypeError each browser gives. */
export interface RequestRejection {
  messages: Record<BrowserName, string>;
}

const chromiumPrefix = "Failed to execute 'fetch' on 'Window': ";
const firefoxPrefix = 'Window.fetch: ';

/** The TypeError of each browser, from its own words (WebKit's messages carry no prefix). */
export function requestRejection(chromium: string, firefox: string, webkit: string): RequestRejection {
  return { messages: { chromium: chromiumPrefix + chromium, firefox: firefoxPrefix + firefox, webkit } };
}
