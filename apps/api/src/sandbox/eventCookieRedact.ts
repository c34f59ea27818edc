import { headerListGet, labSessionCookie, type HeaderList } from '@cors-playground/engine';

/** What a stored event shows instead of a cookie's value. */
export const eventCookieRedacted = '(redacted)';

/**
 * A `Cookie` header value with every value hidden and every name kept: `a=(redacted); b=(redacted)`.
 * Cookies ignore ports, so the browser sends this host's cookies of every other local app (and a
 * participant's credentials) to the lab API too; the log shows which cookies travelled, never what they
 * hold. The lab's own demo session pair is kept as is: it is public, and the simulator replays it.
 */
export function eventCookieRedactValue(value: string): string {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      if (part === labSessionCookie) return part;
      const equals = part.indexOf('=');
      // A cookie without a name is sent as its bare value.
      return equals < 0 ? eventCookieRedacted : `${part.slice(0, equals).trim()}=${eventCookieRedacted}`;
    })
    .join('; ');
}

/** The request headers with every `Cookie` value redacted (`eventCookieRedactValue`), the rest untouched. */
export function eventCookieRedact(headers: HeaderList): HeaderList {
  if (headerListGet(headers, 'cookie') === null) return headers;
  return headers.map(([name, value]) =>
    name.toLowerCase() === 'cookie' ? [name, eventCookieRedactValue(value)] : [name, value],
  );
}
