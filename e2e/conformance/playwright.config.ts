import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

/**
 * The conformance suite alone: same browsers and projects as the root config, but without the
 * playground web server, which this suite does not use (it starts its own scripted server).
 * Run: `npx playwright test -c e2e/conformance/playwright.config.ts`.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'conformance.spec.ts',
  outputDir: 'test-results/playwright',
  webServer: undefined,
  // The root config names its reporter relative to the root; this file lives two levels down.
  reporter: [['list'], ['../support/browserCountReporter.ts']],
});
