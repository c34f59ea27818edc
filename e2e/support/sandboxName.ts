import type { TestInfo } from '@playwright/test';

/** A sandbox per test and browser, so tests running in parallel never share a live policy. */
export function sandboxName(testInfo: TestInfo): string {
  const slug = testInfo.titlePath
    .join('-')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(-40);
  return `e2e-${testInfo.project.name}-${slug}-${testInfo.workerIndex}-${Date.now() % 100000}`;
}
