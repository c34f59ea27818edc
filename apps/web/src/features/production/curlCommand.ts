import type { Trace } from '@cors-playground/engine';

export interface CurlCommand {
  /** What the command captures, e.g. `Preflight`. */
  label: string;
  command: string;
}

/** POSIX shell single-quoting: the only character to escape inside '…' is ' itself. */
export function curlQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The `curl -i` commands that capture what the browser would get for a traced request: the preflight
 * with its Access-Control-Request-* headers (when the browser sends one), then the actual request with
 * `Origin`, following redirects like fetch does. Cookies are the user's to add: curl has none.
 */
export function curlCommandsFor(trace: Trace): CurlCommand[] {
  const { request, preflight } = trace;
  const url = curlQuote(request.url);
  const origin = `-H ${curlQuote(`Origin: ${request.pageOrigin}`)}`;
  const commands: CurlCommand[] = [];
  if (preflight.needed) {
    const parts = ['curl -i -X OPTIONS', url, origin];
    if (preflight.acrm) parts.push(`-H ${curlQuote(`Access-Control-Request-Method: ${preflight.acrm}`)}`);
    if (preflight.acrh) parts.push(`-H ${curlQuote(`Access-Control-Request-Headers: ${preflight.acrh}`)}`);
    commands.push({ label: 'Preflight', command: parts.join(' ') });
  }
  const method = request.method ?? 'GET';
  const parts = ['curl -i -L', ...(method === 'GET' ? [] : [`-X ${method}`]), url, origin];
  for (const [name, value] of request.headers ?? []) parts.push(`-H ${curlQuote(`${name}: ${value}`)}`);
  if (request.credentials === 'include') parts.push(`-H ${curlQuote('Cookie: <your cookies>')}`);
  commands.push({
    label: preflight.needed ? 'Then the actual request' : 'The request',
    command: parts.join(' '),
  });
  return commands;
}
