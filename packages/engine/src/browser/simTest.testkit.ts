import type { BrowserName, FetchRequest, Trace } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import type { PreflightCache } from './preflightCache.ts';
import { serverFromScript } from './serverFromScript.ts';
import { simulateFetchSync } from './simulateFetch.ts';

/** Shared fixtures for the browser simulator's tests: a page on :5173 calling an API on :4000. */
export const simTestPage = 'http://localhost:5173';
export const simTestApi = 'http://localhost:4000/x';

export function simTestRun(
  request: Partial<FetchRequest>,
  responses: Record<string, { status: number; headers: HeaderList; body?: string }>,
  browser: BrowserName = 'chromium',
  extra: { preflightCache?: PreflightCache; now?: () => number } = {},
): Trace {
  return simulateFetchSync(
    { pageOrigin: simTestPage, url: simTestApi, ...request },
    serverFromScript(responses),
    {
      browser,
      ...extra,
    },
  );
}

/** A preflight answer that allows the test page to send `method`. */
export function simTestPreflightAllowing(method: string): { status: number; headers: HeaderList } {
  return {
    status: 204,
    headers: [
      ['access-control-allow-origin', simTestPage],
      ['access-control-allow-methods', method],
    ],
  };
}

/** The step ids that failed, for compact assertions. */
export function simTestFailed(trace: Trace): string[] {
  return trace.steps.filter((step) => !step.ok).map((step) => step.id);
}
