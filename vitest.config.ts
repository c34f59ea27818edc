import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { controlProxy } from './scripts/controlProxy.ts';

/**
 * Debian's browsers where present, as in playwright.config.ts (override with CHROMIUM_PATH /
 * FIREFOX_PATH); without them, Playwright's own browsers.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const firefoxPath =
  process.env.FIREFOX_PATH ?? (existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : undefined);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    reporters: ['default', './scripts/vitestCountReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Unit tests run straight from TypeScript sources: no build step for tests.
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.{ts,tsx}',
            'e2e/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.browser.test.tsx'],
          environment: 'node',
          // One module graph for every file: a file isolated in its own process re-imported the engine,
          // the api and their dependencies, 191 times (unit alone: 110 s of CPU isolated, 39 s shared).
          // So no test may leave state behind a module: cleanups are registered by the test that needs
          // them (onTestFinished in the testkits), not at a module's top level, which runs only once.
          isolate: false,
          // Vitest's default workers (cores − 1: one on 2 cores): inside `npm test` the e2e lane keeps
          // the other core busy, and a second worker would import everything again.
        },
      },
      {
        extends: true,
        // The component layer: real React, real CodeMirror, in real Chromium and Firefox, with the
        // control plane of a real playground (started by the global setup) behind /control.
        plugins: [react(), controlProxy()],
        test: {
          name: 'component',
          include: ['apps/web/src/**/*.browser.test.tsx'],
          globalSetup: ['apps/api/src/start/componentPlayground.testkit.ts'],
          setupFiles: ['apps/web/src/componentSetup.testkit.ts'],
          // Waits are on conditions (expect.element, expect.poll), never sleeps: on a busy machine a lazy
          // chunk or the control plane may take seconds, and a condition that holds returns at once.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 30_000,
          // One file at a time per browser (Vitest's default on 2 cores): Firefox shows the focus ring only
          // in the focused page, so two files side by side break the keyboard tests.
          maxWorkers: 1,
          browser: {
            enabled: true,
            headless: true,
            // Playwright's desktop size: the page is not scaled to fit (Firefox misjudges a scaled
            // element's visibility), and layouts are the ones e2e sees.
            viewport: { width: 1280, height: 720 },
            screenshotFailures: false,
            instances: [
              {
                browser: 'chromium',
                provider: playwright({
                  launchOptions: chromiumPath ? { executablePath: chromiumPath } : {},
                }),
              },
              {
                browser: 'firefox',
                // Debian's Firefox ESR speaks WebDriver BiDi only: Playwright reaches it as moz-firefox.
                provider: playwright({
                  launchOptions: firefoxPath ? { channel: 'moz-firefox', executablePath: firefoxPath } : {},
                }),
              },
            ],
          },
        },
      },
    ],
  },
});
