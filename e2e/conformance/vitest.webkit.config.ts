import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The WebKit half of the conformance suite (`pnpm run test:webkit`): two files, kept out of the unit run
 * because they drive a real browser for about a minute.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'webkit',
    include: ['e2e/conformance/webkitConformance.suite.ts', 'e2e/conformance/webkitCookies.suite.ts'],
    environment: 'node',
    // One MiniBrowser at a time: the two files would only slow each other on a two-core machine.
    fileParallelism: false,
    testTimeout: 20_000,
    reporters: ['default', './scripts/vitestCountReporter.ts'],
  },
});
