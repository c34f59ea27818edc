import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { testOrigins } from './e2e/support/testOrigins.ts';

/**
 * Every e2e test runs in Chromium AND Firefox. Debian's browsers are used where present (Playwright's
 * own browser downloads are not reachable on every machine); override with CHROMIUM_PATH /
 * FIREFOX_PATH, or unset them to fall back to Playwright's own browsers.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const firefoxPath =
  process.env.FIREFOX_PATH ?? (existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : undefined);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Tests, not files, are spread over the workers: each test has its own sandbox (sandboxName), so the
  // order inside a file never matters, and a long file no longer ends the run on one worker. Files that
  // share a server across their tests say `mode: 'serial'`.
  fullyParallel: true,
  // Two workers: alone, more would overlap the waits (4 workers ran the 556 challenge and conformance
  // tests in 4.4 min against 9.4 with 2), but inside `npm test` the lanes keep both cores busy, and four
  // workers cost more CPU than they saved (a fresh clone's run: 785 s against 760 s).
  workers: 2,
  retries: 0,
  // Generous: Firefox types key by key (Playwright fill() does not reach React there) and CI has 2 cores.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/support/browserCountReporter.ts']],
  use: {
    // A failed test keeps its trace: every action with its log, the console and the network (and the
    // failure's ARIA snapshot beside it, in error-context.md). Not the screencast nor DOM snapshots:
    // recorded for every test, passed or not, they doubled the browsers' CPU (the Firefox challenges:
    // 180 s of CPU with both, 108 with snapshots alone, 97 with neither, 95 with no trace at all), and
    // inside `npm test` CPU is what the wall time follows. `--trace on` records everything for one run.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    {
      name: 'firefox',
      use: {
        ...devices['Desktop Firefox'],
        ...(firefoxPath ? { channel: 'moz-firefox' } : {}),
        launchOptions: firefoxPath ? { executablePath: firefoxPath } : {},
      },
    },
  ],
  webServer: {
    command: `pnpm run build && pnpm run serve --app-port ${testOrigins.appPort} --api-port ${testOrigins.apiPort} --other-port ${testOrigins.otherPort} --stage-port ${testOrigins.stagePort} --victim-domain ${testOrigins.victimDomain}`,
    url: `${testOrigins.app}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
