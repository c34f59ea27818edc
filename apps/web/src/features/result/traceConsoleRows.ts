import type { BrowserName, Trace } from '@cors-playground/engine';
import { browserOrder } from '../send/browserLabel.ts';

/** What one engine shows for a failed fetch: its console error lines, in order, and the page's TypeError. */
export interface TraceConsoleRow {
  browser: BrowserName;
  lines: string[];
  /** `TypeError: …` as `String(error)` prints it in that engine; null when the fetch did not reject. */
  error: string | null;
}

function traceConsoleLines(trace: Trace, browser: BrowserName): string[] {
  const single = (line: string | null | undefined) => (line ? [line] : []);
  switch (browser) {
    case 'chromium':
      return trace.consoleChromiumLines ?? single(trace.consoleChromium);
    case 'firefox':
      return single(trace.consoleFirefox);
    case 'webkit':
      return trace.consoleWebkitLines ?? single(trace.consoleWebkit);
  }
}

/**
 * What each engine tells the developer about a fetch that failed: the text a learner searches for, in
 * the engines' usual order. A fetch that resolved gets no rows (its status lines are not a CORS story);
 * an engine with neither a console line nor a TypeError is left out.
 */
export function traceConsoleRows(trace: Trace): TraceConsoleRow[] {
  if (trace.ok) return [];
  return browserOrder
    .map((browser) => ({
      browser,
      lines: traceConsoleLines(trace, browser),
      error: trace.errorMessages ? `TypeError: ${trace.errorMessages[browser]}` : null,
    }))
    .filter((row) => row.lines.length > 0 || row.error !== null);
}
