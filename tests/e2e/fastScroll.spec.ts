import { expect, test, type Page } from '@playwright/test';
import { fling, settled } from '../support/frames';
import { inScope, languages } from '../support/scope';
import { distanceToReadingPosition, readingScreens, screenOptions, storySteps } from '../tools/readingPosition';

// However the reader gets somewhere (a fling that moves the page several hundred pixels a frame, a jump to the top,
// End, Page Down, a link), every chart ends up on the step whose text is in front of them.

/**
 * For each chart, the step it must show where the page now is, when that is unambiguous: with its section off screen,
 * the first step if the reader has yet to reach it and the last if they have passed it; otherwise the step whose card is whole
 * on screen (the one nearest the middle if there are two), or, with none of its cards on screen, the last step the
 * reader has passed (the first, if none). Charts caught between two cards are left out.
 */
function expectedSteps(page: Page): Promise<{ chart: string; expected: number; shown: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('scrolly-chart')].flatMap((scrolly) => {
      const figure = scrolly.querySelector<HTMLElement>('figure[data-chart]')!;
      const h = window.innerHeight;
      const stepCount = scrolly.querySelectorAll('.step[id]').length;
      // A section off screen is not laid out: where its steps would be is a guess, and none of them can be seen.
      // Whether the reader has passed the section or not yet reached it is what counts.
      const section = scrolly.closest('.story-section')?.getBoundingClientRect();
      if (section && (section.bottom < 0 || section.top > h)) {
        return [{ chart: figure.dataset['chart']!, expected: section.bottom < 0 ? stepCount - 1 : 0, shown: Number(figure.dataset['step']) }];
      }
      const boxes = [...scrolly.querySelectorAll('.step[id]')].map((s) => s.getBoundingClientRect());
      const whole = boxes.map((b, i) => ({ b, i })).filter(({ b }) => b.top >= 0 && b.bottom <= h);
      const onScreen = boxes.some((b) => b.bottom > 0 && b.top < h);
      let expected: number | undefined;
      if (whole.length > 0) {
        expected = whole.sort((x, y) => Math.abs(x.b.top + x.b.height / 2 - h / 2) - Math.abs(y.b.top + y.b.height / 2 - h / 2))[0]!.i;
      } else if (!onScreen) {
        expected = Math.max(0, boxes.filter((b) => b.bottom <= 0).length - 1);
      }
      return expected === undefined ? [] : [{ chart: figure.dataset['chart']!, expected, shown: Number(figure.dataset['step']) }];
    }),
  );
}

async function expectEveryChartOnItsStep(page: Page, when: string) {
  await settled(page);
  await expect
    .poll(
      async () =>
        (await expectedSteps(page))
          .filter((c) => c.expected !== c.shown)
          .map((c) => `${c.chart}: shows step ${c.shown + 1}, reader at step ${c.expected + 1}`),
      {
        message: when,
        timeout: 3000,
      },
    )
    .toEqual([]);
}

for (const screen of inScope(readingScreens.filter((s) => s.width === 360 || s.width === 1280))) {
  for (const lang of languages) {
    test.describe(`${lang} on a ${screen.name}×${screen.height} screen`, () => {
      test.use(screenOptions(screen));

      test('flings of several hundred pixels a frame land every chart on the step being read', async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(`/${lang}/`);
        for (const step of await storySteps(page)) {
          await fling(page, await distanceToReadingPosition(page, step.id));
          await expectEveryChartOnItsStep(page, `after a fling to ${step.id}`);
        }
        // And back up the story in one long fling, to a step in the middle.
        const middle = (await storySteps(page))[8]!;
        await fling(page, await distanceToReadingPosition(page, middle.id), 900);
        await expectEveryChartOnItsStep(page, `after a fling back up to ${middle.id}`);
      });

      test('a jump to the top puts every chart back at its first step; End, Home and Page Down leave each on the step in view', async ({ page }) => {
        await page.goto(`/${lang}/`);
        const steps = await storySteps(page);
        await fling(page, await distanceToReadingPosition(page, steps[steps.length - 2]!.id));
        await expectEveryChartOnItsStep(page, 'after a fling near the end');
        // A tap on a phone's status bar, or a script, jumps straight to the top.
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await settled(page);
        await expect
          .poll(() => page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset['step'])))
          .toEqual(steps.filter((s) => s.index === 0).map(() => '0'));
        await page.locator('body').press('End');
        await expectEveryChartOnItsStep(page, 'after End');
        await page.locator('body').press('Home');
        await expectEveryChartOnItsStep(page, 'after Home');
        for (let i = 0; i < 12; i++) {
          await page.locator('body').press('PageDown');
          await expectEveryChartOnItsStep(page, `after Page Down ${i + 1}`);
        }
      });

      test('a link to a step opens its chart at that step, and the charts above and below stay on theirs', async ({ page }) => {
        await page.goto(`/${lang}/#fleets-ft`);
        await expect(page.locator('figure[data-chart="gpu-fleets"]')).toHaveAttribute('data-step', '1');
        await expectEveryChartOnItsStep(page, 'after opening #fleets-ft');
      });
    });
  }
}

test.describe('a section that comes onto the screen without a scroll', () => {
  test.use(screenOptions(readingScreens.find((s) => s.width === 1280)!));

  test('puts its charts back on the steps in view, as when a skipped section above is laid out at its real height', async ({ page }) => {
    await page.goto('/en/');
    // The first End can stop short: sections laid out on the way grow the page beneath the reader.
    await expect
      .poll(async () => {
        await page.locator('body').press('End');
        await settled(page);
        return page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
      })
      .toBe(true);
    await expectEveryChartOnItsStep(page, 'at the end of the page');
    // The last section's charts are on their last steps. Growing the page above that section, with the scroll position
    // kept, lands the screen in the gap between its first chart's last card and its second chart's first card.
    const moved = await page.evaluate(() => {
      document.documentElement.style.overflowAnchor = 'none';
      const charts = [...document.querySelectorAll('scrolly-chart')];
      const section = charts.at(-1)!.closest('.story-section')!;
      const inSection = charts.filter((c) => c.closest('.story-section') === section);
      const before = inSection.at(-2)!.querySelectorAll('.step[id]');
      const after = inSection.at(-1)!.querySelectorAll('.step[id]');
      const gapTop = before[before.length - 1]!.getBoundingClientRect().bottom;
      const gapBottom = after[0]!.getBoundingClientRect().top;
      if (gapBottom - gapTop < window.innerHeight) return 0;
      const spacer = document.createElement('div');
      spacer.style.height = `${Math.round(window.innerHeight / 2 - (gapTop + gapBottom) / 2)}px`;
      section.before(spacer);
      return spacer.offsetHeight;
    });
    expect(moved, 'a gap between two charts taller than the screen').toBeGreaterThan(0);
    await expectEveryChartOnItsStep(page, 'after the section came onto the screen');
    await expect(page.locator('figure[data-chart]').last()).toHaveAttribute('data-step', '0');
  });
});
