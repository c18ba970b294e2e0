import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/chromium';

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Three on two cores: the browser tests wait on frames and the network more than they compute (two workers keep
  // the cores half busy), and three finish the suite sooner without starving a page of frames.
  workers: 3,
  // On CI, a failed test runs once more and is reported as flaky: headless Chromium can stop issuing frames to a page
  // under load, which no page can cause or cure. A test that fails twice fails the run.
  retries: process.env['CI'] ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: launchOptions(),
  },
  // The built site as a plain static host serves it (`astro build` runs before Playwright), by the tests' one server.
  webServer: {
    command: `node tests/support/serveBuiltSite.ts ${port}`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
