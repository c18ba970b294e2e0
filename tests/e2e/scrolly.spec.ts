import { expect, test, type Page } from '@playwright/test';
import { languages } from '../support/scope';

const figure = (page: Page) => page.locator('figure[data-chart="chip-thresholds"]');
/** A signature of what the chart draws now: the chips on it and the rule it is drawn under. */
const drawnChips = (page: Page) =>
  figure(page)
    .locator('.chart-svg[data-layout="wide"] g.chip')
    .evaluateAll((gs) =>
      gs
        .map((g) => g.getAttribute('data-chip'))
        .sort()
        .join(','),
    );

test.describe('chip-thresholds in the story', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const lang of languages) {
    test(`${lang}: scrolling through the steps moves the chart through its states, in place`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(figure(page)).toHaveAttribute('data-step', '0');
      const svgBefore = await figure(page).locator('.chart-svg[data-layout="wide"] svg').elementHandle();
      expect(await drawnChips(page)).toBe('a100,h100');

      await page.locator('#nvidia-answers-2022').scrollIntoViewIfNeeded();
      await page.locator('#nvidia-answers-2022').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(figure(page)).toHaveAttribute('data-step', '1');
      await expect.poll(() => drawnChips(page)).toBe('a100,a800,h100,h800');

      await page.locator('#nvidia-answers-2023').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(figure(page)).toHaveAttribute('data-step', '3');
      await expect(figure(page).locator('.chart-svg[data-layout="wide"] g.chip[data-chip="h20"]')).toHaveCount(1);
      await expect(figure(page).locator('.chart-svg[data-layout="wide"] svg')).toHaveAttribute('data-step', '3');
      // The same SVG element throughout: updated, not replaced.
      const svgAfter = await figure(page).locator('.chart-svg[data-layout="wide"] svg').elementHandle();
      expect(await page.evaluate(([a, b]) => a === b, [svgBefore, svgAfter])).toBe(true);
      await expect(page).toHaveURL(/#nvidia-answers-2023$/);
    });
  }

  test('a link to a step opens the chart at that step', async ({ page }) => {
    await page.goto('/en/#rule-2023');
    await expect(figure(page)).toHaveAttribute('data-step', '2');
    await expect(figure(page).locator('.chart-svg[data-layout="wide"] g.chip[data-chip="l40s"]')).toHaveCount(1);
  });

  test('a keyboard user steps through with the next and previous buttons', async ({ page }) => {
    await page.goto('/en/#rule-2022');
    const next = figure(page).getByRole('button', { name: 'Next step' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(figure(page)).toHaveAttribute('data-step', '1');
    await expect(figure(page).locator('.step-status')).toHaveText('Step 2 of 4');
    await page.keyboard.press('Enter');
    await expect(figure(page)).toHaveAttribute('data-step', '2');
    await figure(page).getByRole('button', { name: 'Previous step' }).press('Enter');
    await expect(figure(page)).toHaveAttribute('data-step', '1');
  });

  test('the language switch keeps the reader at the same step', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('#rule-2023').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(figure(page)).toHaveAttribute('data-step', '2');
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await expect(page).toHaveURL(/\/zh\/#rule-2023$/);
    await expect(figure(page)).toHaveAttribute('data-step', '2');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test.describe('the language switch', () => {
  for (const [lang, text] of [
    ['en', '阅读中文版'],
    ['zh', 'Read in English'],
  ] as const) {
    test(`${lang}: is named by the words it shows, so a voice command can say them`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      const link = page.locator('.site-header a[data-keep-place]');
      await expect(link).toHaveText(text);
      await expect(link).toHaveAccessibleName(new RegExp(text));
    });
  }
});

test.describe('with reduced motion', () => {
  test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  test('a step change lands at once, with no transition running', async ({ page }) => {
    await page.goto('/en/');
    await figure(page).getByRole('button', { name: 'Next step' }).click();
    await expect(figure(page)).toHaveAttribute('data-step', '1');
    await expect(figure(page).locator('.chart-svg[data-layout="wide"] svg')).toHaveAttribute('data-step', '1');
    // Without motion the new chips are fully opaque the moment they are drawn.
    await expect(figure(page).locator('.chart-svg[data-layout="wide"] g.chip')).toHaveCount(4);
    const opacities = await figure(page)
      .locator('.chart-svg[data-layout="wide"] g.chip')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('opacity')));
    expect(opacities.every((o) => o === '1')).toBe(true);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  for (const lang of languages) {
    test(`${lang}: every chart is in the page as SVG, at its first step`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      const figures = page.locator('figure[data-chart]');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const f of await figures.all()) {
        await expect(f.locator('.chart-svg[data-layout="narrow"] svg')).toBeVisible();
        await expect(f).toHaveAttribute('data-step', '0');
      }
      await expect(figure(page).locator('.chart-svg[data-layout="narrow"] g.chip')).toHaveCount(2);
    });
  }
});
