import type { JsResponse } from '@cors-playground/engine';

/** A request that reached the server, with the `Origin` it carried (null when none was sent). */
export interface ObservedRequest {
  method: string;
  url: string;
  origin: string | null;
}

/**
 * What one fetch did, in a shape both a real browser and the simulator can fill, so the two compare
 * field by field.
 */
export interface FetchObservation {
  /** Whether the fetch promise resolved. */
  ok: boolean;
  /** `String(error)` when it rejected. */
  error: string | null;
  response: (Omit<JsResponse, 'headers'> & { headers: Record<string, string> }) | null;
  /** The first preflight that reached the server (a cache hit sends none). */
  preflight: { sent: boolean; acrm: string | null; acrh: string | null };
  requests: ObservedRequest[];
  /**
   * Chromium's headline console error for this fetch (the CORS or Fetch API message, else the network
   * line of a rejected fetch); always null for Firefox (Playwright cannot see its console).
   */
  console: string | null;
  /** Every console error Chromium logged for this fetch, network lines included; empty for Firefox. */
  consoleLines: string[];
}

/** The fields compared between a browser and the simulator, with their values on each side. */
export interface FetchDifference {
  fetch: number;
  field: string;
  browser: unknown;
  simulator: unknown;
}

function fetchObservationSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function fetchObservationSortedHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every field where the simulator disagrees with the browser (empty when they agree). */
export function fetchObservationDiff(
  browser: FetchObservation[],
  simulator: FetchObservation[],
): FetchDifference[] {
  const differences: FetchDifference[] = [];
  const count = Math.max(browser.length, simulator.length);
  for (let i = 0; i < count; i += 1) {
    const b = browser[i];
    const s = simulator[i];
    if (!b || !s) {
      differences.push({ fetch: i, field: 'fetch', browser: b ?? null, simulator: s ?? null });
      continue;
    }
    const fields: Array<[string, unknown, unknown]> = [
      ['ok', b.ok, s.ok],
      ['error', b.error, s.error],
      ['response.type', b.response?.type ?? null, s.response?.type ?? null],
      ['response.status', b.response?.status ?? null, s.response?.status ?? null],
      ['response.redirected', b.response?.redirected ?? null, s.response?.redirected ?? null],
      ['response.url', b.response?.url ?? null, s.response?.url ?? null],
      [
        'response.headers',
        b.response ? fetchObservationSortedHeaders(b.response.headers) : null,
        s.response ? fetchObservationSortedHeaders(s.response.headers) : null,
      ],
      ['preflight', b.preflight, s.preflight],
      ['requests', b.requests, s.requests],
      ['console', b.console, s.console],
      // Two lines of one fetch come from different parts of Chromium; their order is not guaranteed.
      ['consoleLines', [...b.consoleLines].sort(), [...s.consoleLines].sort()],
    ];
    for (const [field, bv, sv] of fields) {
      if (!fetchObservationSame(bv, sv)) differences.push({ fetch: i, field, browser: bv, simulator: sv });
    }
  }
  return differences;
}
