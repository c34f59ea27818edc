import type { Trace } from '@cors-playground/engine';

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
    console: trace.browser === 'firefox' ? trace.consoleFirefox : trace.consoleChromium,
    steps: trace.steps,
    outcome: trace.outcome,
    browser: trace.browser,
    preflightDetail: trace.preflight,
    consoleChromium: trace.consoleChromium,
    consoleChromiumLines: trace.consoleChromiumLines ?? [],
    consoleFirefox: trace.consoleFirefox,
    exchanges: trace.exchanges,
  };
}
