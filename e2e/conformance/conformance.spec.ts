import { expect, test } from '@playwright/test';
import type { BrowserName } from '@cors-playground/engine';
import { browserObservationRun } from './browserObservation.ts';
import { conformanceObservedMerge, conformanceResultWrite } from './conformanceResult.ts';
import { conformanceReportWrite } from './conformanceReport.ts';
import { fetchObservationDiff } from './fetchObservation.ts';
import { scenarioPagesCreate } from './scenarioPages.ts';
import type { ScenarioPages, ScenarioPagesMode } from './scenarioPages.ts';
import { scenarioRoute, scenarioUnroute } from './scenarioRoute.ts';
import { allScenarios } from './scenarios/allScenarios.ts';
import { scriptServerLeaseAcquire } from './scriptServerLease.ts';
import type { ScriptServerLease } from './scriptServerLease.ts';
import { simulatorObservationLoad, simulatorObservationRun } from './simulatorObservation.ts';
import type { SimulatorApi } from './simulatorObservation.ts';

/**
 * Real-browser conformance: each scenario runs in Chromium and Firefox against the scripted server and
 * through the simulator; the two must agree (browsers are the truth). A simulator that fails to load
 * fails every test.
 * CONFORMANCE_RECORD=1 folds what the browsers did into observed/<browser>.json;
 * CONFORMANCE_REPORT=1 rewrites docs/conformance.md from the last run.
 */
let lease: ScriptServerLease;
let pages: ScenarioPages | null = null;
/** CONFORMANCE_FRESH_CONTEXT=1 opens a new browser context per scenario (slower; see scenarioPages.ts). */
const pagesMode: ScenarioPagesMode = process.env.CONFORMANCE_FRESH_CONTEXT === '1' ? 'fresh' : 'shared';
let simulator: SimulatorApi | string;
let runCounter = 0;
const runId = Math.random().toString(36).slice(2, 8);

// Recording and reporting fold every result into one file at the end: one worker per browser then.
const folds = process.env.CONFORMANCE_RECORD === '1' || process.env.CONFORMANCE_REPORT === '1';
test.describe.configure({ mode: folds ? 'default' : 'parallel' });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  lease = await scriptServerLeaseAcquire();
  simulator = await simulatorObservationLoad();
});

test.afterAll(async ({ browserName }) => {
  await pages?.close();
  await lease.release();
  if (process.env.CONFORMANCE_RECORD === '1')
    await conformanceObservedMerge(browserName as BrowserName, allScenarios);
  if (process.env.CONFORMANCE_REPORT === '1') conformanceReportWrite();
});

for (const scenario of allScenarios) {
  test(scenario.id, async ({ browser, browserName }) => {
    const name = browserName as BrowserName;
    const token = `${name[0]}${runId}${(runCounter += 1)}`;
    const routed = scenarioRoute(scenario, token);
    await lease.register(token, routed.responses);
    pages ??= scenarioPagesCreate(browser, pagesMode);
    const observed = scenarioUnroute(await browserObservationRun(pages, routed, token, lease), token);
    await lease.forget(token);

    let simulated = null;
    let simulatorError = typeof simulator === 'string' ? simulator : null;
    if (typeof simulator !== 'string') {
      try {
        simulated = scenarioUnroute((await simulatorObservationRun(simulator, routed, name)).fetches, token);
      } catch (error) {
        simulatorError = `simulateFetch threw: ${String(error)}`;
      }
    }
    const differences = simulated ? fetchObservationDiff(observed.fetches, simulated) : null;
    conformanceResultWrite({
      id: scenario.id,
      note: scenario.note,
      browser: name,
      scenario,
      observed,
      simulator: simulated,
      simulatorError,
      differences,
      ranAt: new Date().toISOString(),
    });

    expect(simulatorError, `simulator failed on ${scenario.id}`).toBeNull();
    expect(differences, `simulator disagrees with ${name} on ${scenario.id}`).toEqual([]);
  });
}
