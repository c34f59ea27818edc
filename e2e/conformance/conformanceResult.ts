import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import type { BrowserName } from '@cors-playground/engine';
import type { BrowserObservation } from './browserObservation.ts';
import type { FetchDifference, FetchObservation } from './fetchObservation.ts';
import type { Scenario } from './scenarioTypes.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Per-scenario results of the last run of each scenario. Not the root test-results/: any Playwright run
 * in the work tree empties that, and the report must not lose one browser's half to another run. The
 * name still matches the `test-results` ignore patterns of git and prettier.
 */
export const conformanceResultDir = path.join(here, 'test-results', 'scenarios');

/**
 * Request headers every request carries the same way (browser identity, compression, connection), left
 * out of observed/*.json to keep it readable; the per-run results keep them all.
 */
const observedNoise = new Set([
  'host',
  'connection',
  'user-agent',
  'accept-encoding',
  'accept-language',
  'sec-ch-ua',
  'sec-ch-ua-mobile',
  'sec-ch-ua-platform',
  'priority',
]);

function conformanceObservedEntry(result: ConformanceResult): ObservedEntry {
  const logs = result.observed.logs.map((log) =>
    log.map((entry) => ({ ...entry, headers: entry.headers.filter(([name]) => !observedNoise.has(name)) })),
  );
  return { id: result.id, note: result.note, scenario: result.scenario, ...result.observed, logs };
}
export const conformanceObservedDir = path.join(here, 'observed');

/** One scenario in one browser: what the browser did and, once the simulator exists, how it compared. */
export interface ConformanceResult {
  id: string;
  note: string;
  browser: BrowserName;
  /** The scenario as written (not routed). */
  scenario: Scenario;
  observed: BrowserObservation;
  /** The simulator's observation, or null when it could not run (see `simulatorError`). */
  simulator: FetchObservation[] | null;
  simulatorError: string | null;
  differences: FetchDifference[] | null;
  /** ISO time the scenario ran. */
  ranAt: string;
}

/** What `observed/<browser>.json` keeps per scenario: what the browser did, for the simulator's author. */
export type ObservedEntry = Pick<ConformanceResult, 'id' | 'note' | 'scenario'> & BrowserObservation;

export function conformanceResultWrite(result: ConformanceResult): void {
  const dir = path.join(conformanceResultDir, result.browser);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${result.id}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** The last run's results for a browser, in the order of `order` (scenario ids). */
export function conformanceResultRead(browser: BrowserName, order: string[]): ConformanceResult[] {
  const dir = path.join(conformanceResultDir, browser);
  if (!existsSync(dir)) return [];
  const byId = new Map<string, ConformanceResult>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json')) continue;
    const result = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as ConformanceResult;
    byId.set(result.id, result);
  }
  return order.flatMap((id) => {
    const result = byId.get(id);
    return result ? [result] : [];
  });
}

/**
 * Folds the last run into `observed/<browser>.json`: scenarios that ran replace their entries,
 * scenarios that no longer exist are dropped, the others are kept (a filtered run updates only its part).
 */
export async function conformanceObservedMerge(browser: BrowserName, scenarios: Scenario[]): Promise<number> {
  const file = path.join(conformanceObservedDir, `${browser}.json`);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ObservedEntry[]) : [];
  const byId = new Map(previous.map((entry) => [entry.id, entry]));
  const order = scenarios.map((scenario) => scenario.id);
  for (const result of conformanceResultRead(browser, order)) {
    byId.set(result.id, conformanceObservedEntry(result));
  }
  const merged = order.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [entry] : [];
  });
  mkdirSync(conformanceObservedDir, { recursive: true });
  // Formatted as `prettier --check .` expects, so recording never breaks the lint step.
  writeFileSync(file, await format(JSON.stringify(merged), { parser: 'json', printWidth: 110 }));
  return merged.length;
}
