// A screenshot of every story step where a reader reads it, on two phones and two laptops, in both languages, for
// looking at. Usage: npm run screenshots:steps   (with `npm run preview` serving dist/; BASE_URL to point elsewhere)
// SCREENS=360,1280, LANGS=zh and CHARTS=timeline,training-days limit the set; STEPS=fleets,runs keeps the steps whose id
// contains one of the words; THEME=dark takes them in the dark theme (prefers-color-scheme), with -dark in the file names.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../support/chromium.ts';
import { settled } from '../support/frames.ts';
import { distanceToReadingPosition, readingScreens, screenOptions, storySteps, viewStep } from './readingPosition.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const langs = (process.env['LANGS'] ?? 'en,zh').split(',');
const widths = process.env['SCREENS']?.split(',').map(Number);
const charts = process.env['CHARTS']?.split(',');
const stepWords = process.env['STEPS']?.split(',');
const theme = process.env['THEME'] === 'dark' ? 'dark' : 'light';
const out = 'test-results/screenshots/steps';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(launchOptions());
for (const lang of langs) {
  for (const screen of readingScreens.filter((s) => !widths || widths.includes(s.width))) {
    const context = await browser.newContext({ ...screenOptions(screen), colorScheme: theme });
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/`, { waitUntil: 'networkidle' });
    const steps = await storySteps(page);
    for (const [n, step] of steps.entries()) {
      // A swipe can land short while sections above settle their height: aim again.
      for (let tries = 0; tries < 4; tries++) {
        const distance = await distanceToReadingPosition(page, step.id);
        if (Math.abs(distance) <= 1) break;
        await page.evaluate(async (dy) => window.scrollBy(0, dy), distance);
        await settled(page);
      }
      // Every step is scrolled through, as a reader would; only the charts asked for are photographed.
      if (charts && !charts.includes(step.chart)) continue;
      if (stepWords && !stepWords.some((word) => step.id.includes(word))) continue;
      // The chart's code arrives when it is first near; then the marks take 0.7 s to move.
      for (let tries = 0; tries < 50 && (await viewStep(page, step.id)).drawn !== step.index; tries++) await page.waitForTimeout(100);
      await page.waitForTimeout(800);
      const name = `${out}/${lang}-${screen.width}x${screen.height}${theme === 'dark' ? '-dark' : ''}-${String(n + 1).padStart(2, '0')}-${step.id}.png`;
      await page.screenshot({ path: name });
      console.log(name);
    }
    await context.close();
  }
}
await browser.close();
