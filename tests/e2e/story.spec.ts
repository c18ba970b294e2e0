import { expect, test } from '@playwright/test';
import { languages } from '../support/scope';
import { storyCharts } from '../support/builtSite';

const sections = ['opening', 'chip-ban', 'cloud-loophole', 'distillation', 'gaming-gpus', 'what-happened-next', 'close'];
const charts = storyCharts;

for (const lang of languages) {
  test.describe(`the story in ${lang}`, () => {
    // Motion off: a step button brings its card into view with a smooth scroll that, on a busy machine, can still be
    // running when the next chart is scrolled to, and carry the page past that chart's first step.
    test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

    test('has every section, in order, each with a heading', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const ids = await page.locator('.story-section h2').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids).toEqual(sections);
      const figures = await page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')));
      expect(figures).toEqual(charts);
    });

    test('the keyboard reaches every step of every chart, and each step redraws the chart in place', async ({ page }) => {
      // Every step of ten charts, each waiting for its move: more than the default minute on a shared machine.
      test.setTimeout(180_000);
      await page.goto(`/${lang}/`);
      for (const chart of charts) {
        const figure = page.locator(`figure[data-chart="${chart}"]`);
        const steps = await page.locator(`figure[data-chart="${chart}"] .step`).count();
        expect(steps, chart).toBeGreaterThanOrEqual(2);
        const next = figure.locator('[data-step-action="next"]');
        // The chart's first step where a laptop reader reads it, in the middle of the screen: the chart is on it.
        await figure
          .locator('.step')
          .first()
          .evaluate((step) => step.scrollIntoView({ block: 'center' }));
        await expect(figure).toHaveAttribute('data-step', '0');
        const svg = figure.locator('.chart-svg[data-layout="wide"] svg');
        let before = await svg.evaluate((s) => s.innerHTML);
        for (let step = 1; step < steps; step++) {
          await next.focus();
          await page.keyboard.press('Enter');
          await expect(figure, `${chart} step ${step}`).toHaveAttribute('data-step', String(step));
          await expect.poll(() => svg.evaluate((s) => s.innerHTML), { message: `${chart} step ${step} changes the SVG` }).not.toBe(before);
          before = await svg.evaluate((s) => s.innerHTML);
        }
        await expect(next).toBeDisabled();
      }
    });
  });
}

test('scrolling reaches every step of every chart', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/en/');
  for (const chart of charts) {
    const steps = page.locator(`figure[data-chart="${chart}"] .step`);
    const count = await steps.count();
    for (let index = 0; index < count; index++) {
      await steps.nth(index).evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await expect(page.locator(`figure[data-chart="${chart}"]`)).toHaveAttribute('data-step', String(index));
    }
  }
});

test('every step is a link that restores its step', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/');
  const targets = await page.locator('figure[data-chart] .step').evaluateAll((steps) =>
    steps.map((step) => ({
      id: step.id,
      chart: step.closest('figure')!.getAttribute('data-chart')!,
      index: String([...step.parentElement!.querySelectorAll(':scope > .step')].indexOf(step)),
    })),
  );
  expect(targets.length).toBeGreaterThanOrEqual(charts.length * 2);
  for (const lang of languages) {
    for (const { id, chart, index } of targets) {
      await page.goto(`/${lang}/#${id}`);
      await expect(page.locator(`figure[data-chart="${chart}"]`), `#${id}`).toHaveAttribute('data-step', index);
    }
  }
});
