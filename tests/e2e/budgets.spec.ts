// What JavaScript a reader's browser fetches, held to budgets on every build. Bytes and counts only: they do not depend
// on the machine, so they can fail a test. Timings are for the bench (npm run bench). The HTML and CSS budgets, and the
// embed pages' drawings without JavaScript, are checked on the built files in tests/dist/.
import { expect, test, type Page } from '@playwright/test';
import { describeScripts, kilobytes, recordScripts, totalBytes } from '../bench/pageScripts';
import { gateViewports as viewports, languages } from '../support/scope';

const KB = 1024;
const budgets = { initialJs: 50 * KB, storyJs: 200 * KB };
const storyPages = languages.map((lang) => `/${lang}/`);
const phone = viewports[0]!;

/** Brings every step of every chart to the trigger line in turn, as a reader scrolling down would. */
async function readWholeStory(page: Page): Promise<void> {
  const steps = page.locator('scrolly-chart .step');
  const count = await steps.count();
  expect(count, 'the story has steps to scroll through').toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    await step.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const index = await step.evaluate((el) => [...el.parentElement!.querySelectorAll(':scope > .step')].indexOf(el));
    await expect(step.locator('xpath=ancestor::figure[@data-chart][1]')).toHaveAttribute('data-step', String(index));
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
}

test.describe('JavaScript budgets', () => {
  for (const path of storyPages) {
    for (const viewport of viewports) {
      test(`${path} at ${viewport.name} width fetches at most ${budgets.initialJs / KB} KB of JavaScript before any interaction`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        const scripts = recordScripts(page);
        await page.goto(path, { waitUntil: 'networkidle' });
        const fetched = await scripts.fetched();
        // Every script the page names must be among those counted: a request the recorder missed cannot pass unseen.
        const named = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
        expect(fetched.map((s) => s.url)).toEqual(expect.arrayContaining(named));
        const bytes = totalBytes(fetched);
        expect(
          bytes,
          `${path} at ${viewport.name} width: ${kilobytes(bytes)} of JavaScript gzipped before any interaction (budget ${kilobytes(budgets.initialJs)}): ${describeScripts(fetched)}`,
        ).toBeLessThanOrEqual(budgets.initialJs);
      });
    }

    test(`${path} fetches at most ${budgets.storyJs / KB} KB of JavaScript by the end of the story`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: phone.width, height: phone.height });
      const scripts = recordScripts(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      await readWholeStory(page);
      const fetched = await scripts.fetched();
      const bytes = totalBytes(fetched);
      expect(
        bytes,
        `${path}: ${kilobytes(bytes)} of JavaScript gzipped after the whole story (budget ${kilobytes(budgets.storyJs)}): ${describeScripts(fetched)}`,
      ).toBeLessThanOrEqual(budgets.storyJs);
    });
  }
});
