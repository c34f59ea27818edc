import type {
  BrowserName,
  FetchRequest,
  Trace,
  ServerRequest,
  ServerResponse,
  SimServer,
} from '@cors-playground/engine';
import type { FetchObservation } from './fetchObservation.ts';
import type { Scenario, ScriptedResponses } from './scenarioTypes.ts';
import { scriptedWire } from './scriptedWire.ts';

/** The part of `@cors-playground/engine` the suite compares against. */
export interface SimulatorApi {
  simulateFetch(
    request: FetchRequest,
    server: SimServer,
    options: { browser: BrowserName; preflightCache?: unknown },
  ): Promise<Trace>;
  serverFromScript(responses: ScriptedResponses): SimServer;
  preflightCacheCreate(): unknown;
}

/**
 * Loads the simulator lazily so the browsers can still be recorded while it does not exist yet (or
 * while the engine does not load): returns the reason instead of throwing.
 */
export async function simulatorObservationLoad(): Promise<SimulatorApi | string> {
  try {
    const engine = (await import('@cors-playground/engine')) as unknown as Partial<SimulatorApi>;
    const missing = (['simulateFetch', 'serverFromScript', 'preflightCacheCreate'] as const).filter(
      (name) => typeof engine[name] !== 'function',
    );
    if (missing.length) return `engine does not export ${missing.join(', ')} yet`;
    return engine as SimulatorApi;
  } catch (error) {
    return `engine failed to load: ${String(error)}`;
  }
}

function simulatorObservationOf(trace: Trace, browser: BrowserName): FetchObservation {
  const sent = trace.preflight.sent;
  return {
    ok: trace.ok,
    error: trace.error,
    response: trace.response
      ? {
          type: trace.response.type,
          status: trace.response.status,
          headers: trace.response.headers,
          redirected: trace.response.redirected,
          url: trace.response.url,
        }
      : null,
    preflight: { sent, acrm: sent ? trace.preflight.acrm : null, acrh: sent ? trace.preflight.acrh : null },
    requests: trace.exchanges.map((exchange) => ({
      method: exchange.request.method,
      url: exchange.request.url,
      origin: exchange.origin,
    })),
    // Playwright cannot see Firefox's console, so there is nothing to compare it with.
    console: { chromium: trace.consoleChromium, firefox: null, webkit: trace.consoleWebkit ?? null }[browser],
    consoleLines: {
      chromium: trace.consoleChromiumLines ?? [],
      firefox: [],
      webkit: trace.consoleWebkitLines ?? [],
    }[browser],
  };
}

/** Runs the scenario's fetches through the simulator against the same bytes the real server sends. */
export async function simulatorObservationRun(
  api: SimulatorApi,
  scenario: Scenario,
  browser: BrowserName,
): Promise<{ fetches: FetchObservation[]; traces: Trace[] }> {
  const scripted = api.serverFromScript(scenario.responses);
  const server: SimServer = async (request: ServerRequest): Promise<ServerResponse> =>
    scriptedWire(await scripted(request));
  const preflightCache = api.preflightCacheCreate();
  const fetches: FetchObservation[] = [];
  const traces: Trace[] = [];
  for (const request of [scenario.request, ...(scenario.next ?? [])]) {
    const trace = await api.simulateFetch(request, server, { browser, preflightCache });
    traces.push(trace);
    fetches.push(simulatorObservationOf(trace, browser));
  }
  return { fetches, traces };
}
