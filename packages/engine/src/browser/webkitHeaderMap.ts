import type { HeaderList } from '../http/httpTypes.ts';

/**
 * WebKit keeps request headers in an `HTTPHeaderMap`: headers it knows by name (HTTPHeaderNames.in)
 * under their canonical spelling, before all others, which keep the spelling the script used. A
 * preflight's header check walks the map in that order and names the first header it refuses.
 */

/** The headers a script may set that WebKit knows by name, in their canonical spelling. */
const webkitKnownNames = new Map(
  [
    'Accept',
    'Accept-Language',
    'Authorization',
    'Cache-Control',
    'Content-Language',
    'Content-Type',
    'DNT',
    'If-Match',
    'If-Modified-Since',
    'If-None-Match',
    'If-Range',
    'If-Unmodified-Since',
    'Last-Event-ID',
    'Link',
    'Pragma',
    'Purpose',
    'Range',
    'User-Agent',
    'X-Content-Type-Options',
    'X-Frame-Options',
  ].map((name) => [name.toLowerCase(), name]),
);

/** How WebKit spells a request header (`name` lower-case): canonical if known, else as the script wrote it. */
export function webkitHeaderMapName(name: string, authorHeaders: HeaderList): string {
  return (
    webkitKnownNames.get(name) ?? authorHeaders.find(([author]) => author.toLowerCase() === name)?.[0] ?? name
  );
}

/** Lower-case header names in the order WebKit's map yields them: known headers first, each group in request order. */
export function webkitHeaderMapOrder(names: string[]): string[] {
  return [
    ...names.filter((name) => webkitKnownNames.has(name)),
    ...names.filter((name) => !webkitKnownNames.has(name)),
  ];
}
