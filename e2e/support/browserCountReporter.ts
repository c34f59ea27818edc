import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface BrowserCount {
  passed: number;
  failed: number;
  skipped: number;
}

/** The `--project` filters on a Playwright command line (`--project a`, `--project=a`, `*` wildcards). */
export function browserCountAsked(argv: readonly string[]): RegExp[] {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--project' && argv[i + 1] !== undefined) names.push(argv[i + 1] as string);
    else if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
  });
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return names.map((name) => new RegExp(`^${escape(name)}$`, 'i'));
}

/**
 * Prints how many tests passed/failed per browser, so CI output shows both browsers ran, and fails the
 * run when a browser that was asked for ran none: a project whose tests all skip, or that a config
 * change left empty, would otherwise pass as green while testing nothing in that browser.
 */
export default class BrowserCountReporter implements Reporter {
  private readonly counts = new Map<string, BrowserCount>();

  onBegin(config: FullConfig): void {
    // Every project of the config, or those `--project` asked for: a project with no test left to run
    // is missing from the suite, so the config is what says which browsers were expected.
    const asked = browserCountAsked(process.argv);
    for (const { name } of config.projects) {
      if (asked.length === 0 || asked.some((pattern) => pattern.test(name))) {
        this.counts.set(name, { passed: 0, failed: 0, skipped: 0 });
      }
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'unknown';
    const count = this.counts.get(project) ?? { passed: 0, failed: 0, skipped: 0 };
    if (result.status === 'passed') count.passed += 1;
    else if (result.status === 'skipped') count.skipped += 1;
    else if (result.retry === test.retries) count.failed += 1;
    this.counts.set(project, count);
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    const empty: string[] = [];
    for (const [project, c] of this.counts) {
      console.log(`${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
      if (c.passed + c.failed === 0) empty.push(project);
    }
    // An interrupted run (Ctrl-C, a global timeout) says so itself; only a finished one is judged here.
    if (empty.length === 0 || result.status !== 'passed') return undefined;
    console.log(`Failing the run: ${empty.join(', ')} ran no test.`);
    return { status: 'failed' };
  }

  printsToStdio(): boolean {
    return false;
  }
}
