import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    // Build-level tests read dist/ (built by `npm test` before Vitest starts) and spawn builds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Vitest leaves one core free by default, which on a two-core machine (CI's) runs the files one
    // after another; the browser and build tests mostly wait on Chromium and child processes, so
    // two files at a time keep both cores busy.
    maxWorkers: 2,
  },
});
