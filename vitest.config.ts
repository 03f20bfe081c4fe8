import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; integration tests live under test/integration.
// The browser suite (test/e2e) runs on its own via `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
