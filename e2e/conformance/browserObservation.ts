import type { Page } from '@playwright/test';
import type { FetchRequest } from '@cors-playground/engine';
import type { FetchObservation } from './fetchObservation.ts';
import { scenarioRoutePrefix } from './scenarioRoute.ts';
import type { ConsoleLine, ScenarioPages } from './scenarioPages.ts';
import type { LoggedRequest } from './scriptServer.ts';
import type { ScriptServerLease } from './scriptServerLease.ts';
import type { Scenario } from './scenarioTypes.ts';

/** What a browser did for one scenario: the compared observation plus raw detail for the simulator's author. */
export interface BrowserObservation {
  fetches: FetchObservation[];
  /** Per fetch: every request that reached the server, with all its headers and the response sent. */
  logs: LoggedRequest[][];
  /** Per fetch: every console error, Chromium's "Failed to load resource" network lines included. */
  consoleErrors: string[][];
  /** Per fetch: every console warning (none so far; kept to notice when one appears). */
  consoleWarnings: string[][];
}

export type PageFetchResult = Pick<FetchObservation, 'ok' | 'error' | 'response'>;

/** Runs in the page: only what `fetch` itself reports, nothing the harness infers. */
async function browserObservationPageFetch(input: {
  url: string;
  init: Record<string, unknown>;
}): Promise<PageFetchResult> {
  try {
    const response = await fetch(input.url, input.init as RequestInit);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return {
      ok: true,
      error: null,
      response: {
        // 'error' and 'default' never reach here: a network error rejects, and 'default' is for constructed responses.
        type: response.type as Exclude<Response['type'], 'error' | 'default'>,
        status: response.status,
        headers,
        redirected: response.redirected,
        url: response.url,
      },
    };
  } catch (error) {
    return { ok: false, error: String(error), response: null };
  }
}

// The fetch() options a scenario may set, passed on only when set so that the browser's own defaults apply.
const browserObservationInitKeys = ['method', 'headers', 'credentials', 'mode', 'redirect', 'cache'] as const;

export function browserObservationInit(request: FetchRequest): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  for (const key of browserObservationInitKeys) if (request[key] !== undefined) init[key] = request[key];
  if (request.body !== undefined && request.body !== null) init.body = request.body;
  return init;
}

/**
 * Chromium logs the CORS error and its network line ("Failed to load resource: …", also for a
 * readable response with an error status) after the promise settles; give it a moment.
 */
async function browserObservationSettle(page: Page, fetched: PageFetchResult): Promise<void> {
  const status = fetched.response?.status ?? 0;
  const ms = fetched.ok && status > 0 && status < 400 ? 20 : 80;
  await page.evaluate((delay) => new Promise((resolve) => setTimeout(resolve, delay)), ms);
}

/**
 * The line a learner reads first: the CORS or Fetch API message, else (for a rejected fetch) the
 * network line, which is all Chromium says when the response failed below CORS.
 */
export function browserObservationHeadline(errors: string[], ok: boolean): string | null {
  const message = errors.find((text) => !text.startsWith('Failed to load resource'));
  if (message !== undefined) return message;
  if (ok) return null;
  return errors.find((text) => text.startsWith('Failed to load resource: net::')) ?? null;
}

/**
 * Whether a console line belongs to the scenario routed under `prefix`: its text or its resource URL
 * carries the prefix or is one of the scenario's own (unroutable: ftp:, blob:) URLs, or it is filed
 * under no URL and names no routed one, in which case only the scenario running now can have caused it.
 */
export function browserObservationOwns(line: ConsoleLine, prefix: string, urls: string[]): boolean {
  if (line.text.includes(prefix) || line.url.includes(prefix) || urls.includes(line.url)) return true;
  return line.url === '' && !line.text.includes('/__t/');
}

/**
 * One fetch's observation from what the page reported, the requests the server logged for it and the
 * console errors attributed to it.
 */
export function browserObservationFetch(
  fetched: PageFetchResult,
  log: LoggedRequest[],
  errors: string[],
): FetchObservation {
  const preflight = log.find((entry) => entry.method === 'OPTIONS' && entry.acrm !== null);
  return {
    ...fetched,
    preflight: {
      sent: preflight !== undefined,
      acrm: preflight?.acrm ?? null,
      acrh: preflight?.acrh ?? null,
    },
    requests: log.map((entry) => ({ method: entry.method, url: entry.url, origin: entry.origin })),
    console: browserObservationHeadline(errors, fetched.ok),
    consoleLines: errors,
  };
}

/**
 * Runs the scenario's fetches in order on a page of its origin and collects what the page and the
 * server saw. Console errors are attributed by the scenario's routing prefix, which every message
 * about one of its URLs contains, so a late message can never land on the wrong scenario.
 */
export async function browserObservationRun(
  pages: ScenarioPages,
  scenario: Scenario,
  token: string,
  lease: ScriptServerLease,
): Promise<BrowserObservation> {
  try {
    const { page, consoleLines } = await pages.open(scenario.request.pageOrigin);
    const prefix = scenarioRoutePrefix(token);
    const result: BrowserObservation = { fetches: [], logs: [], consoleErrors: [], consoleWarnings: [] };
    let logSeen = 0;
    // Lines logged before this scenario started belong to earlier ones.
    let consoleSeen = consoleLines.length;
    const urls = [scenario.request, ...(scenario.next ?? [])].map((request) => request.url);
    for (const request of [scenario.request, ...(scenario.next ?? [])]) {
      const fetched = await page.evaluate(browserObservationPageFetch, {
        url: request.url,
        init: browserObservationInit(request),
      });
      await browserObservationSettle(page, fetched);
      const log = (await lease.log(token)).slice(logSeen);
      logSeen += log.length;
      const mine = consoleLines
        .slice(consoleSeen)
        .filter((line) => browserObservationOwns(line, prefix, urls));
      consoleSeen = consoleLines.length;
      const errors = mine.filter((line) => line.type === 'error').map((line) => line.text);
      const warnings = mine.filter((line) => line.type === 'warning').map((line) => line.text);
      result.fetches.push(browserObservationFetch(fetched, log, errors));
      result.logs.push(log);
      result.consoleErrors.push(errors);
      result.consoleWarnings.push(warnings);
    }
    return result;
  } finally {
    await pages.done();
  }
}
