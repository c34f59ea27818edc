import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints how many tests passed/failed per browser, so CI output shows both browsers ran. */
export default class BrowserCountReporter implements Reporter {
  private readonly counts = new Map<string, { passed: number; failed: number; skipped: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'unknown';
    const count = this.counts.get(project) ?? { passed: 0, failed: 0, skipped: 0 };
    if (result.status === 'passed') count.passed += 1;
    else if (result.status === 'skipped') count.skipped += 1;
    else if (result.retry === test.retries) count.failed += 1;
    this.counts.set(project, count);
  }

  onEnd(_result: FullResult): void {
    for (const [project, c] of this.counts) {
      console.log(`${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
