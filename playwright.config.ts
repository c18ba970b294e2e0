import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/tools/browser';

const port = 4321;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: launchOptions(),
  },
  // The built site as a reader gets it: `astro build` runs before Playwright (npm run test:e2e).
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
