import type { ServerResponse } from './../http/httpTypes.ts';

/**
 * Whether a server's answer has the shape of an HTTP response: a non-negative integer status and a
 * list of string pairs. Anything else is treated as a network failure rather than crashing the
 * simulator. Statuses outside 100-999 are real (Chromium reads `HTTP/1.1 2000 OK` as 2000): what each
 * browser makes of them is `responseHeadCheck`'s business.
 */
export function serverResponseValid(response: unknown): response is ServerResponse {
  if (typeof response !== 'object' || response === null) return false;
  const { status, headers } = response as { status?: unknown; headers?: unknown };
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0) return false;
  if (!Array.isArray(headers)) return false;
  for (const entry of headers as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') return false;
  }
  return true;
}
