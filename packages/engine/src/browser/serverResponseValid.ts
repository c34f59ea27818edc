import type { ServerResponse } from './fetchTypes.ts';

/**
 * Whether a server's answer could have come over HTTP: an integer status 100-999 and a list of
 * string pairs. Anything else is treated as a network failure rather than crashing the simulator.
 */
export function serverResponseValid(response: unknown): response is ServerResponse {
  if (typeof response !== 'object' || response === null) return false;
  const { status, headers } = response as { status?: unknown; headers?: unknown };
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 999) return false;
  if (!Array.isArray(headers)) return false;
  for (const entry of headers as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') return false;
  }
  return true;
}
