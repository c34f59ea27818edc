import { defineConfig } from 'vitest/config';

// Unit tests run straight from TypeScript sources: no build step for tests.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.{ts,tsx}',
      'e2e/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    reporters: ['default', './scripts/vitestCountReporter.ts'],
  },
});
