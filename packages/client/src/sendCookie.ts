import type { LabEvent } from '@cors-playground/protocol';
import { headerListGet } from '@cors-playground/engine';

/**
 * What the browser's cookie jar holds for the API, learned from what the server saw (the session cookie
 * is HttpOnly: the page cannot read it): a credentialed request shows the Cookie header the browser sent,
 * and a response's Set-Cookie changes it for the next one.
 */
export function sendCookieLearn(
  current: string | null,
  events: readonly LabEvent[],
  credentialed: boolean,
): string | null {
  if (!credentialed) return current;
  let cookie = current;
  for (const event of events) {
    if (event.kind !== 'actual') continue;
    cookie = headerListGet(event.requestHeaders, 'cookie');
    const setCookie = headerListGet(event.responseHeaders, 'set-cookie');
    if (!setCookie) continue;
    const pair = setCookie.split(';')[0]?.trim() ?? '';
    const expired = /max-age=0/i.test(setCookie) || /^[^=]+=$/.test(pair);
    const others = (cookie ?? '')
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p !== '' && p.split('=')[0] !== pair.split('=')[0]);
    cookie = [...others, ...(expired ? [] : [pair])].join('; ') || null;
  }
  return cookie;
}
