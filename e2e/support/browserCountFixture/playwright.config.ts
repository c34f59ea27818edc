import { defineConfig } from '@playwright/test';

/**
 * A two-browser run that needs no browser, for browserCountReporter.test.ts: the fixture's tests use no
 * page. `BROWSER_COUNT_EMPTY=firefox` leaves that project with nothing to run.
 */
const empty = process.env.BROWSER_COUNT_EMPTY;

export default defineConfig({
  testDir: '.',
  testMatch: '*.pw.ts',
  outputDir: process.env.BROWSER_COUNT_OUTPUT ?? 'test-results',
  workers: 1,
  reporter: [['../browserCountReporter.ts']],
  projects: ['chromium', 'firefox'].map((name) => ({
    name,
    ...(name === empty ? { grep: /no test has this title/ } : {}),
  })),
});
