import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Snapshot SVGs hold dates and numbers: one time zone everywhere keeps them identical.
    env: { TZ: 'UTC' },
    // Some tests draw every chart; on a busy two-core machine that can pass Vitest's 5 s default.
    testTimeout: 30_000,
    // One worker per core: Vitest's default leaves one of two cores idle.
    maxWorkers: 2,
    // Files share their workers' module cache instead of each starting afresh: no test here relies on a fresh module
    // state, and the unit run takes a fifth less time.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'] } },
      // Checks that read the built site in dist/ as files: no browser, no server. `astro build` runs first (npm test).
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], globalSetup: ['tests/dist/requireBuild.ts'] } },
    ],
  },
});
