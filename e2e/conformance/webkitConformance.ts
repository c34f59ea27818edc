import { browserObservationFetch, browserObservationInit } from './browserObservation.ts';
import type { BrowserObservation } from './browserObservation.ts';
import { conformanceResultWrite } from './conformanceResult.ts';
import type { ConformanceResult } from './conformanceResult.ts';
import { fetchObservationDiff } from './fetchObservation.ts';
import type { HarnessJob } from './harnessPage.ts';
import { scenarioRoute, scenarioRoutePrefix, scenarioUnroute } from './scenarioRoute.ts';
import type { Scenario } from './scenarioTypes.ts';
import type { HarnessRun } from './scriptServerHarness.ts';
import { scriptServerLeaseAcquire } from './scriptServerLease.ts';
import type { ScriptServerLease } from './scriptServerLease.ts';
import { simulatorObservationLoad, simulatorObservationRun } from './simulatorObservation.ts';
import { webkitConsoleAttribute, webkitConsoleParse } from './webkitConsole.ts';
import type { WebkitConsoleLine } from './webkitConsole.ts';
import { webkitSessionRun } from './webkitSession.ts';

/** What one WebKit run produced: a result per scenario and how the browser session went. */
export interface WebkitConformanceRun {
  results: ConformanceResult[];
  /** The harness page got through every job before the time ran out. */
  done: boolean;
  /** Console errors and warnings logged outside any fetch, about one of the scenarios' URLs. */
  stray: WebkitConsoleLine[];
  /** The end of MiniBrowser's output, to explain a run that did not finish. */
  outputTail: string;
  seconds: number;
}

interface RoutedJob {
  scenario: Scenario;
  routed: Scenario;
  token: string;
}

/** Long enough for every scenario on a busy two-core machine; a run normally takes well under a minute. */
const sessionTimeoutMs = 240_000;

function webkitConformanceJob({ routed, token }: RoutedJob): HarnessJob {
  const requests = [routed.request, ...(routed.next ?? [])];
  return {
    token,
    pageOrigin: routed.request.pageOrigin,
    fetches: requests.map((request) => ({ url: request.url, init: browserObservationInit(request) })),
  };
}

/** The browser's observation of job `index` from the posted results, the server log and the console. */
async function webkitConformanceObserved(
  lease: ScriptServerLease,
  harness: HarnessRun,
  consoleByFetch: ReturnType<typeof webkitConsoleAttribute>['fetches'],
  job: RoutedJob,
  index: number,
): Promise<BrowserObservation> {
  const log = await lease.log(job.token);
  const observed: BrowserObservation = { fetches: [], logs: [], consoleErrors: [], consoleWarnings: [] };
  let logSeen = 0;
  const posted = harness.results.filter((result) => result.job === index).sort((a, b) => a.fetch - b.fetch);
  for (const result of posted) {
    const requests = log.slice(logSeen, result.logLength);
    logSeen = result.logLength;
    const console = consoleByFetch.get(`${index} ${result.fetch}`) ?? { errors: [], warnings: [] };
    observed.fetches.push(browserObservationFetch(result.result, requests, console.errors));
    observed.logs.push(requests);
    observed.consoleErrors.push(console.errors);
    observed.consoleWarnings.push(console.warnings);
  }
  return scenarioUnroute(observed, job.token);
}

/**
 * Runs every scenario in one MiniBrowser (WebKitGTK) and through the simulator as `webkit`, and writes
 * each comparison where the report reads it. Scenarios run grouped by page origin, so the harness page
 * moves between origins only a few times; each keeps its own `/__t/<token>` URLs, so no cache of the
 * browser can answer one scenario from another's entries.
 */
export async function webkitConformanceRun(scenarios: Scenario[]): Promise<WebkitConformanceRun> {
  const started = Date.now();
  const lease = await scriptServerLeaseAcquire();
  const run = `w${Math.random().toString(36).slice(2, 8)}`;
  try {
    const simulator = await simulatorObservationLoad();
    const ordered = scenarios
      .map((scenario, order) => ({ scenario, order }))
      .sort(
        (a, b) =>
          a.scenario.request.pageOrigin.localeCompare(b.scenario.request.pageOrigin) || a.order - b.order,
      );
    const jobs: RoutedJob[] = ordered.map(({ scenario }, index) => {
      const token = `${run}${index}`;
      return { scenario, routed: scenarioRoute(scenario, token), token };
    });
    await Promise.all(jobs.map((job) => lease.register(job.token, job.routed.responses)));
    await lease.harnessStore(run, jobs.map(webkitConformanceJob));
    const first = jobs[0]?.routed.request.pageOrigin ?? 'http://localhost';
    const session = await webkitSessionRun(`${first}/__harness/${run}?i=0`, sessionTimeoutMs);
    const harness = await lease.harnessRead(run, true);
    const consoleLines = webkitConsoleAttribute(webkitConsoleParse(session.output));
    const results: ConformanceResult[] = [];
    for (const [index, job] of jobs.entries()) {
      const observed = await webkitConformanceObserved(lease, harness, consoleLines.fetches, job, index);
      await lease.forget(job.token);
      let simulated = null;
      let simulatorError = typeof simulator === 'string' ? simulator : null;
      if (typeof simulator !== 'string') {
        try {
          const fetches = (await simulatorObservationRun(simulator, job.routed, 'webkit')).fetches;
          simulated = scenarioUnroute(fetches, job.token);
        } catch (error) {
          simulatorError = `simulateFetch threw: ${String(error)}`;
        }
      }
      const result: ConformanceResult = {
        id: job.scenario.id,
        note: job.scenario.note,
        browser: 'webkit',
        scenario: job.scenario,
        observed,
        simulator: simulated,
        simulatorError,
        differences: simulated ? fetchObservationDiff(observed.fetches, simulated) : null,
        ranAt: new Date().toISOString(),
      };
      conformanceResultWrite(result);
      results.push(result);
    }
    const stray = consoleLines.stray.filter((line) =>
      `${line.url} ${line.text}`.includes(scenarioRoutePrefix(run)),
    );
    return {
      results,
      done: session.done && harness.done,
      stray,
      outputTail: session.output.slice(-2000),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await lease.release();
  }
}
