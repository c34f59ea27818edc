import { defineConfig } from 'vitest/config';

/**
 * The root config runs package and app sources only; the conformance harness has its own unit tests,
 * run with `npx vitest run -c e2e/conformance/vitest.config.ts`.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['e2e/conformance/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
