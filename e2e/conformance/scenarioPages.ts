import type { Browser, BrowserContext, Page } from '@playwright/test';

/** One console message, with the URL Chromium files it under (the failed resource, for network lines). */
export interface ConsoleLine {
  type: 'error' | 'warning';
  text: string;
  url: string;
}

/** A page on the scenario's origin and every console error and warning it has logged so far. */
export interface ScenarioPage {
  page: Page;
  consoleLines: ConsoleLine[];
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

/**
 * Every error and warning, Chromium's network lines ("Failed to load resource: net::…") included: for a
 * failure below CORS they are all the console says.
 */
function scenarioPagesWatch(page: Page, consoleLines: ConsoleLine[]): void {
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    consoleLines.push({ type, text: message.text(), url: message.location().url });
  });
}

async function scenarioPagesNew(context: BrowserContext): Promise<ScenarioPage> {
  const page = await context.newPage();
  const consoleLines: ConsoleLine[] = [];
  scenarioPagesWatch(page, consoleLines);
  return { page, consoleLines };
}

/**
 * The page sits at the root of its origin: Chromium names the page's URL in one console message (a
 * same-origin-mode redirect to another origin), and the simulator, which knows only the origin, names
 * the root.
 */
async function scenarioPagesGoto(page: Page, pageOrigin: string): Promise<void> {
  await page.goto(`${pageOrigin}/`);
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
