import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and end-to-end suites start servers and Chromium; two cores cannot run many at once.
    maxWorkers: 2,
  },
});
