import type { HeaderList, ServerResponse } from '@cors-playground/engine';

/** One response head found in pasted `curl -i` (or `curl -v`) output. */
export interface CurlResponse extends ServerResponse {
  /** `HTTP/1.1`, `HTTP/2`, … */
  httpVersion: string;
  /** Reason phrase, `''` for HTTP/2. */
  statusText: string;
  headers: HeaderList;
}

export type CurlParseResult = { ok: true; responses: CurlResponse[] } | { ok: false; error: string };

const statusLine = /^(HTTP\/[\d.]+)\s+(\d{3})(?:\s+(.*))?$/;

/**
 * Parses pasted `curl -i` output into response heads, in order: with `-L` every redirect hop is one
 * entry, and informational (1xx) heads are skipped. `curl -v` lines (`< HTTP/1.1 …`) work too. Bodies
 * are kept for the last response only. Never throws.
 */
export function responsesFromCurl(text: string): CurlParseResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const verbose = lines.some((l) => /^< HTTP\//.test(l));
  const responses: CurlResponse[] = [];
  let current: CurlResponse | null = null;
  let inHead = false;
  let bodyLines: string[] = [];
  for (const raw of lines) {
    if (verbose && !raw.startsWith('< ') && raw !== '<') continue;
    const line = verbose ? raw.slice(2) : raw;
    const status = statusLine.exec(line.trim());
    if (status && (inHead === false || current === null)) {
      if (current) current.body = bodyLines.join('\n').trim() || null;
      current = {
        httpVersion: status[1] ?? 'HTTP/1.1',
        status: Number(status[2]),
        statusText: (status[3] ?? '').trim(),
        headers: [],
        body: null,
      };
      responses.push(current);
      inHead = true;
      bodyLines = [];
      continue;
    }
    if (!current) continue;
    if (inHead) {
      if (line.trim() === '') {
        inHead = false;
        continue;
      }
      const colon = line.indexOf(':');
      if (colon <= 0)
        return { ok: false, error: `Not a header line in response ${responses.length}: "${line.trim()}"` };
      current.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    } else {
      bodyLines.push(line);
    }
  }
  if (current) current.body = bodyLines.join('\n').trim() || null;
  const finals = responses.filter((r) => r.status >= 200 || r.status === 101);
  if (finals.length === 0) {
    return {
      ok: false,
      error: 'No HTTP status line found: paste the output of curl -i (it starts with HTTP/…).',
    };
  }
  return { ok: true, responses: finals };
}
