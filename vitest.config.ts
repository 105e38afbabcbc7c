import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    // Build-level tests read dist/ (built by `npm test` before Vitest starts) and spawn builds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
