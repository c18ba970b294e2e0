import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
    environment: 'node',
    // Snapshot SVGs hold dates and numbers: one time zone everywhere keeps them identical.
    env: { TZ: 'UTC' },
    // Some tests draw every chart; on a busy two-core machine that can pass Vitest's 5 s default.
    testTimeout: 30_000,
  },
});
