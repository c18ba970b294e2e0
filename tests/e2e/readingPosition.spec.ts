import { expect, test } from '@playwright/test';
import { distanceToReadingPosition, readingScreens, screenOptions, scrollLikeAReader, settled, storySteps, viewStep } from '../tools/readingPosition';

// Where a reader reads each step, the chart beside or above it shows that step, whole, with its title, and the step's
// card covers none of it. Every step of the story, in both languages, on two phones and two laptops, reached by
// swiping (phones) or the mouse wheel (laptops) from the step before.

const allowedCover = 0.05;
// CHARTS=timeline,training-days checks only those charts' steps; the reader still scrolls through every step, so each
// is reached from the one before, as in a full run.
const charts = process.env['CHARTS']?.split(',');

for (const screen of readingScreens) {
  for (const lang of ['en', 'zh'] as const) {
    test.describe(`${lang} on a ${screen.name}×${screen.height} screen`, () => {
      test.use(screenOptions(screen));

      test('at every step, where its text is read, the chart shows that step, whole and titled, and the card covers none of it', async ({ page }) => {
        test.setTimeout(150_000);
        await page.goto(`/${lang}/`);
        await page.evaluate(() => document.fonts.ready);
        const cdp = screen.phone ? await page.context().newCDPSession(page) : undefined;
        const steps = await storySteps(page);
        expect(steps.length).toBeGreaterThan(0);
        const problems: string[] = [];
        for (const step of steps) {
          await scrollLikeAReader(page, cdp, await distanceToReadingPosition(page, step.id), screen);
          // A swipe ends within a few pixels of where it aimed; the rest is made up at once.
          const rest = await distanceToReadingPosition(page, step.id);
          if (Math.abs(rest) > 1) {
            await page.evaluate((dy) => window.scrollBy(0, dy), rest);
            await settled(page);
          }
          await expect
            .poll(
              async () => {
                const view = await viewStep(page, step.id);
                return view.shown === step.index && view.drawn === step.index;
              },
              { message: `${step.id}: the chart moves to step ${step.index}`, timeout: 5000 },
            )
            .toBe(true)
            .catch(() => undefined);
          if (charts && !charts.includes(step.chart)) continue;
          // Let the marks finish moving before measuring what the card covers.
          await page.waitForTimeout(800);
          const view = await viewStep(page, step.id);
          const where = `${step.id} (${step.chart}, step ${step.index + 1})`;
          if (view.shown !== step.index || view.drawn !== step.index) problems.push(`${where}: the chart shows step ${view.drawn + 1}`);
          if (view.svg.top < -0.5 || view.svg.bottom > view.viewportHeight + 0.5) {
            problems.push(
              `${where}: the drawing runs from ${Math.round(view.svg.top)} to ${Math.round(view.svg.bottom)} px on a ${view.viewportHeight} px screen`,
            );
          }
          if (view.title.top < -0.5 || view.title.bottom > view.viewportHeight + 0.5) problems.push(`${where}: the chart's title is off screen`);
          if (view.titleCovered) problems.push(`${where}: a card covers the chart's title`);
          if (view.covered > allowedCover) problems.push(`${where}: the card covers ${(view.covered * 100).toFixed(1)}% of the drawing`);
          if (view.coveredMarks.length > 0) problems.push(`${where}: the card covers marks ${view.coveredMarks.join(', ')}`);
        }
        expect(problems).toEqual([]);
      });
    });
  }
}
