import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Quality gates run whole evaluations; give them room without letting a hang stall CI.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
