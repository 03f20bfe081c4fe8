import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core, one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
