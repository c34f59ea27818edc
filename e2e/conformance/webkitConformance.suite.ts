import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformanceObservedMerge } from './conformanceResult.ts';
import type { ConformanceResult } from './conformanceResult.ts';
import { conformanceReportWrite } from './conformanceReport.ts';
import { allScenarios } from './scenarios/allScenarios.ts';
import { webkitConformanceRun } from './webkitConformance.ts';
import type { WebkitConformanceRun } from './webkitConformance.ts';
import { webkitSessionMissing } from './webkitSession.ts';

/**
 * Real-browser conformance in WebKit: Playwright cannot drive WebKitGTK, so one MiniBrowser runs every
 * scenario from a harness page (see webkitConformance.ts) and each is compared with the simulator as
 * `webkit`, console lines included. Run with `pnpm run test:webkit`; CONFORMANCE_RECORD=1 and
 * CONFORMANCE_REPORT=1 work as in conformance.spec.ts.
 */
const missing = webkitSessionMissing();
if (missing !== null) console.warn(missing);

describe.skipIf(missing !== null)('WebKit conformance', () => {
  let run: WebkitConformanceRun;
  const byId = new Map<string, ConformanceResult>();

  beforeAll(async () => {
    run = await webkitConformanceRun(allScenarios);
    for (const result of run.results) byId.set(result.id, result);
    console.log(`WebKit ran ${run.results.length} scenarios in ${run.seconds.toFixed(1)} s`);
  }, 300_000);

  afterAll(async () => {
    if (process.env.CONFORMANCE_RECORD === '1') await conformanceObservedMerge('webkit', allScenarios);
    if (process.env.CONFORMANCE_REPORT === '1') conformanceReportWrite();
  });

  it('gets through every scenario in one MiniBrowser, with no console line left outside its fetch', () => {
    expect(run.done, `MiniBrowser did not finish; its output ended:\n${run.outputTail}`).toBe(true);
    expect(run.stray).toEqual([]);
  });

  it.each(allScenarios.map((scenario) => [scenario.id]))('%s', (id) => {
    const result = byId.get(id);
    expect(result, `${id} did not run`).toBeDefined();
    expect(result?.simulatorError, `simulator failed on ${id}`).toBeNull();
    expect(result?.observed.fetches.length, `WebKit did not finish ${id}`).toBe(
      1 + (result?.scenario.next?.length ?? 0),
    );
    expect(result?.differences, `simulator disagrees with webkit on ${id}`).toEqual([]);
  });
});
