import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
    environment: 'node',
    // Snapshot SVGs hold dates and numbers: one time zone everywhere keeps them identical.
    env: { TZ: 'UTC' },
  },
});
