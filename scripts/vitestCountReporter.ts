import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain `<project>: N passed, N failed, N skipped` line per project (`unit`,
 * `component (chromium)`, `component (firefox)`), for CI logs.
 */
export default class VitestCountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const name = module.project.name || 'unit';
      const count = counts.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed += 1;
        else if (state === 'failed') count.failed += 1;
        else count.skipped += 1;
      }
      counts.set(name, count);
    }
    for (const [name, { passed, failed, skipped }] of counts) {
      console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    }
  }
}
