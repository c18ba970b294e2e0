// Full-page screenshots of the built site in both languages at phone and desktop width, for looking at.
// Usage: npm run screenshots -- [path ...]   (with `npm run preview` serving dist/ on port 4321)
// WIDTHS=375 limits the widths; VIEWPORT_ONLY=1 takes the first screen only, e.g. of /zh/#rule-2023.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../support/chromium.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/en/', '/zh/'];
const widths = (process.env['WIDTHS'] ?? '375,1280').split(',').map(Number);
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(launchOptions());
for (const path of paths) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800);
    const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}${width}.png`;
    await page.screenshot({ path: name, fullPage: process.env['VIEWPORT_ONLY'] ? false : true });
    console.log(name);
    await page.close();
  }
}
await browser.close();
