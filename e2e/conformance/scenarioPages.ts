import type { Browser, BrowserContext, Page } from '@playwright/test';

/** A page on the scenario's origin and every console error it has logged so far. */
export interface ScenarioPage {
  page: Page;
  consoleErrors: string[];
}

/**
 * Where scenarios run. `fresh` opens a new browser context per scenario: nothing at all is shared.
 * `shared` keeps one context and page per worker and only navigates when the page origin changes: a
 * new page costs 0.2-1 s (far more than the fetch), and isolation still holds because every scenario's
 * URLs carry a unique `/__t/<token>` prefix, so the HTTP cache and the preflight cache (both keyed by
 * URL) can never answer one scenario from another's entries; cookies are cleared between scenarios.
 */
export interface ScenarioPages {
  open(pageOrigin: string): Promise<ScenarioPage>;
  /** Ends one scenario. */
  done(): Promise<void>;
  /** Ends the worker's use of the browser. */
  close(): Promise<void>;
}

export type ScenarioPagesMode = 'fresh' | 'shared';

function scenarioPagesWatch(page: Page, consoleErrors: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Chromium's generic network line: it repeats the status, not the CORS reason.
    if (text.startsWith('Failed to load resource')) return;
    consoleErrors.push(text);
  });
}

async function scenarioPagesNew(context: BrowserContext): Promise<ScenarioPage> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  scenarioPagesWatch(page, consoleErrors);
  return { page, consoleErrors };
}

async function scenarioPagesGoto(page: Page, pageOrigin: string): Promise<void> {
  await page.goto(`${pageOrigin}/__page`);
}

export function scenarioPagesCreate(browser: Browser, mode: ScenarioPagesMode): ScenarioPages {
  let context: BrowserContext | null = null;
  let current: ScenarioPage | null = null;
  let currentOrigin: string | null = null;

  return {
    async open(pageOrigin) {
      if (mode === 'fresh' || !context || !current) {
        context = await browser.newContext();
        current = await scenarioPagesNew(context);
        currentOrigin = null;
      }
      if (currentOrigin !== pageOrigin) {
        await scenarioPagesGoto(current.page, pageOrigin);
        currentOrigin = pageOrigin;
      }
      return current;
    },
    async done() {
      if (mode === 'fresh') {
        await context?.close();
        context = null;
        current = null;
      } else {
        await context?.clearCookies();
      }
    },
    async close() {
      await context?.close();
      context = null;
      current = null;
    },
  };
}
