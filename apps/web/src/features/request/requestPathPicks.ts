import { sandboxLabPath } from '@cors-playground/protocol/paths';

/** A lab endpoint worth one click, with what it teaches. */
export interface RequestPathPick {
  label: string;
  path: string;
  /** Method and body to go with it, when the endpoint wants them. */
  method?: string;
  hint: string;
}

/**
 * The lab API's endpoints, in `sandbox`. `crossOrigin` is another origin for the same server (`127.0.0.1` vs
 * `localhost`), so a redirect there is a cross-origin hop that taints the request's origin to `null`.
 */
export function requestPathPicks(apiOrigin: string, sandbox: string): RequestPathPick[] {
  const crossOrigin = apiOrigin.replace('//localhost', '//127.0.0.1');
  // Redirect targets are whole lab API paths, so they name the sandbox (the API strips it before routing).
  const target = sandboxLabPath(sandbox, '/data');
  const sameTarget = encodeURIComponent(target);
  const crossTarget = encodeURIComponent(`${crossOrigin}${target}`);
  return [
    { label: '/data', path: '/data', hint: 'Public JSON.' },
    { label: '/echo', path: '/echo', hint: 'Echoes the method, headers and body the server received.' },
    { label: '/login', path: '/login', hint: 'Sets a session cookie (needs credentials: include).' },
    { label: '/private', path: '/private', hint: 'Private data: 401 without the session cookie.' },
    { label: '/logout', path: '/logout', hint: 'Clears the session cookie.' },
    {
      label: '/headers',
      path: '/headers',
      hint: 'Sends X-Request-Id and X-Secret-Token: expose them to read them.',
    },
    { label: '/status/500', path: '/status/500', hint: 'An error: do error responses carry CORS headers?' },
    { label: '/status/404', path: '/status/404', hint: 'Not found.' },
    {
      label: 'redirect (same origin)',
      path: `/redirect?to=${sameTarget}&status=302`,
      hint: 'A 302 to /data on the API: the CORS check runs on each hop.',
    },
    {
      label: 'redirect (cross origin)',
      path: `/redirect?to=${crossTarget}&status=307`,
      hint: 'A 307 to another origin: after the hop the request\'s Origin becomes "null".',
    },
  ];
}
