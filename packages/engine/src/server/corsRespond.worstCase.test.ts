import { describe, expect, it } from 'vitest';
import { corsWorstCaseMeasure, corsWorstCases } from './corsWorstCase.testkit.ts';

// The engine's tsconfig carries no Node or DOM types (packages stay pure), so type the host here.
const host = globalThis as unknown as {
  console: { log(line: string): void };
  performance: { now(): number };
  process?: { cpuUsage(): { user: number; system: number } };
};

/**
 * Process CPU time in ms: the machine is shared, and wall time would count other processes' turns.
 * Falls back to wall time where the runtime has no `process.cpuUsage`.
 */
function cpuClock(): () => number {
  const cpu = host.process;
  if (!cpu) return () => host.performance.now();
  return () => {
    const usage = cpu.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
}

describe('the cost of one request under the worst valid policy', () => {
  it('builds only policies the schema accepts, filling each budget', { timeout: 120_000 }, () => {
    const cases = corsWorstCases();
    expect(cases.length).toBeGreaterThanOrEqual(24);
    // corsWorstCaseMeasure throws on an invalid policy; one tiny run checks them all.
    expect(() => corsWorstCaseMeasure(() => 0, 1)).not.toThrow();
  });

  // Every timed request runs on a freshly validated policy, and validating walks its DFAs: slow to set
  // up on a shared CI machine, though each request is quick.
  it('stays far below a blocked event loop', { timeout: 180_000 }, () => {
    const clock = cpuClock();
    corsWorstCaseMeasure(clock, 1); // warm the JIT, as a running API is
    let worst = corsWorstCaseMeasure(clock, 3);
    host.console.log(`worst single-request CPU time: ${worst.time.toFixed(2)} ms (${worst.name})`);
    // The goal is 10 ms; the margin absorbs a loaded 2-core CI. On a machine shared by several test
    // runs a burst of contention can still inflate one case, so an over-limit case is measured again:
    // a real regression is just as slow the second time, a burst is not.
    for (let retry = 0; retry < 2 && worst.time >= 25; retry++) {
      const again = corsWorstCaseMeasure(
        clock,
        3,
        corsWorstCases().filter((c) => c.name === worst.name),
      );
      host.console.log(`measured again: ${again.time.toFixed(2)} ms (${again.name})`);
      if (again.time < worst.time) worst = again;
    }
    expect(worst.time).toBeLessThan(25);
  });
});
