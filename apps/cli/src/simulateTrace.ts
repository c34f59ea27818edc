import type { Trace } from '@cors-playground/engine';

/** The headline console line of the trace's own browser. */
export function simulateTraceConsole(trace: Trace): string | null {
  return {
    chromium: trace.consoleChromium,
    firefox: trace.consoleFirefox,
    webkit: trace.consoleWebkit ?? null,
  }[trace.browser];
}

/** Every console error line the trace's own browser shows for the fetch, in order. */
export function simulateTraceConsoleLines(trace: Trace): string[] {
  if (trace.browser === 'chromium')
    return trace.consoleChromiumLines ?? (trace.consoleChromium ? [trace.consoleChromium] : []);
  if (trace.browser === 'webkit') return trace.consoleWebkitLines ?? [];
  return trace.consoleFirefox ? [trace.consoleFirefox] : [];
}

/**
 * The compact fields scripts read (ok, error, response, preflight, requests, console, steps), then the
 * full detail for anyone who needs every exchange.
 */
export function simulateTrace(trace: Trace): Record<string, unknown> {
  return {
    ok: trace.ok,
    error: trace.error,
    response: trace.response
      ? { type: trace.response.type, status: trace.response.status, headers: trace.response.headers }
      : null,
    preflight: { sent: trace.preflight.sent, acrm: trace.preflight.acrm, acrh: trace.preflight.acrh },
    requests: trace.exchanges.map((e) => ({
      method: e.request.method,
      url: e.request.url,
      origin: e.origin,
    })),
    console: simulateTraceConsole(trace),
    steps: trace.steps,
    outcome: trace.outcome,
    browser: trace.browser,
    preflightDetail: trace.preflight,
    consoleChromium: trace.consoleChromium,
    consoleChromiumLines: trace.consoleChromiumLines ?? [],
    consoleFirefox: trace.consoleFirefox,
    consoleWebkit: trace.consoleWebkit ?? null,
    consoleWebkitLines: trace.consoleWebkitLines ?? [],
    exchanges: trace.exchanges,
  };
}
