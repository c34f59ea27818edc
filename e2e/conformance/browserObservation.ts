import type { Page } from '@playwright/test';
import type { FetchRequest } from '../../packages/engine/src/browser/fetchTypes.ts';
import type { FetchObservation } from './fetchObservation.ts';
import { scenarioRoutePrefix } from './scenarioRoute.ts';
import type { ScenarioPages } from './scenarioPages.ts';
import type { LoggedRequest } from './scriptServer.ts';
import type { ScriptServerLease } from './scriptServerLease.ts';
import type { Scenario } from './scenarioTypes.ts';

/** What a browser did for one scenario: the compared observation plus raw detail for the simulator's author. */
export interface BrowserObservation {
  fetches: FetchObservation[];
  /** Per fetch: every request that reached the server, with all its headers and the response sent. */
  logs: LoggedRequest[][];
  /** Per fetch: every console error except Chromium's generic "Failed to load resource". */
  consoleErrors: string[][];
}

type PageFetchResult = Pick<FetchObservation, 'ok' | 'error' | 'response'>;

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

function browserObservationInit(request: FetchRequest): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  if (request.method !== undefined) init.method = request.method;
  if (request.headers !== undefined) init.headers = request.headers;
  if (request.credentials !== undefined) init.credentials = request.credentials;
  if (request.mode !== undefined) init.mode = request.mode;
  if (request.redirect !== undefined) init.redirect = request.redirect;
  if (request.cache !== undefined) init.cache = request.cache;
  if (request.body !== undefined && request.body !== null) init.body = request.body;
  return init;
}

/** Chromium logs the CORS error from the network service after the promise settles; give it a moment. */
async function browserObservationSettle(page: Page, ms: number): Promise<void> {
  await page.evaluate((delay) => new Promise((resolve) => setTimeout(resolve, delay)), ms);
}

function browserObservationConsoleText(errors: string[]): string | null {
  return errors.find((text) => text.startsWith('Access to fetch')) ?? errors[0] ?? null;
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
    const { page, consoleErrors } = await pages.open(scenario.request.pageOrigin);
    const prefix = scenarioRoutePrefix(token);
    const result: BrowserObservation = { fetches: [], logs: [], consoleErrors: [] };
    let logSeen = 0;
    let consoleSeen = 0;
    for (const request of [scenario.request, ...(scenario.next ?? [])]) {
      const fetched = await page.evaluate(browserObservationPageFetch, {
        url: request.url,
        init: browserObservationInit(request),
      });
      await browserObservationSettle(page, fetched.ok ? 20 : 80);
      const log = (await lease.log(token)).slice(logSeen);
      logSeen += log.length;
      const mine = consoleErrors.filter((text) => text.includes(prefix));
      const errors = mine.slice(consoleSeen);
      consoleSeen = mine.length;
      const preflight = log.find((entry) => entry.method === 'OPTIONS' && entry.acrm !== null);
      result.fetches.push({
        ...fetched,
        preflight: {
          sent: preflight !== undefined,
          acrm: preflight?.acrm ?? null,
          acrh: preflight?.acrh ?? null,
        },
        requests: log.map((entry) => ({ method: entry.method, url: entry.url, origin: entry.origin })),
        console: browserObservationConsoleText(errors),
      });
      result.logs.push(log);
      result.consoleErrors.push(errors);
    }
    return result;
  } finally {
    await pages.done();
  }
}
