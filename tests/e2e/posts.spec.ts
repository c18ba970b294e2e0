import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { languages } from '../support/scope';

// The second post reuses the story's charts at chosen steps; these tests read it as a reader would.

const ui = {
  en: JSON.parse(readFileSync('src/content/ui/en.json', 'utf8')) as Record<string, string>,
  zh: JSON.parse(readFileSync('src/content/ui/zh.json', 'utf8')) as Record<string, string>,
};

/** The post's figures, in order: the chart, its step, and what its drawing says at that step. */
const figures = [
  { chart: 'chip-thresholds', step: 1, desc: 'chip.desc.1', axis: 'chip.axis.interconnect' },
  { chart: 'chip-thresholds', step: 3, desc: 'chip.desc.3', axis: 'chip.axis.density' },
  { chart: 'timeline', step: 2, desc: 'timeline.desc.2', axis: 'timeline.lane.nvidia' },
] as const;

for (const lang of languages) {
  const t = ui[lang];

  test.describe(`${lang} posts`, () => {
    test('the index lists the post, and the post shows each chart at its step', async ({ page }) => {
      await page.goto(`/${lang}/posts/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['posts.title']!);
      const link = page.locator('.post-list a[href="moving-the-line/"]');
      await expect(link).toHaveCount(1);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/posts/moving-the-line/$`));

      const shown = page.locator('main figure.chart');
      await expect(shown).toHaveCount(figures.length);
      for (const [index, expected] of figures.entries()) {
        const figure = shown.nth(index);
        await expect(figure).toHaveAttribute('data-chart', expected.chart);
        await expect(figure).toHaveAttribute('data-step', String(expected.step));
        const svg = figure.locator('.chart-svg svg').filter({ visible: true });
        await expect(svg).toHaveCount(1);
        await expect(svg).toHaveAttribute('data-step', String(expected.step));
        // The chip captions are written from each chip's computed status: their fixed opening words stand for them.
        await expect(svg.locator('desc')).toContainText(t[expected.desc]!.split('{')[0]!);
        await expect(svg.getByText(t[expected.axis]!, { exact: true })).toBeVisible();
        await expect(figure.locator('.chart-source')).toBeVisible();
      }
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    test('a chart in the post shows the evidence behind its marks', async ({ page }) => {
      await page.goto(`/${lang}/posts/moving-the-line/`);
      const graphic = page.locator('main figure.chart').first().locator('.chart-svg').filter({ visible: true });
      await graphic.focus();
      await page.keyboard.press('ArrowRight');
      const tip = page.locator('main figure.chart').first().locator('.mark-tip');
      await expect(tip).toBeVisible();
      await expect(tip.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
    });

    test('the story ends with a link to the post, and the header links to the index', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const storyLink = page.locator('.story-section').last().locator('a[href="posts/moving-the-line/"]');
      await expect(storyLink).toBeVisible();
      await page.locator('.site-header nav').getByRole('link', { name: t['nav.posts']! }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/posts/$`));
      await page.goto(`/${lang}/`);
      await storyLink.click();
      await expect(page.locator('main figure.chart')).toHaveCount(figures.length);
    });
  });
}

test('the language switch on a post leads to the same post in Chinese', async ({ page }) => {
  await page.goto('/en/posts/moving-the-line/');
  await page.locator('.site-header a[data-keep-place]').click();
  await expect(page).toHaveURL(/\/zh\/posts\/moving-the-line\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the post still shows every chart at its step', async ({ page }) => {
    await page.goto('/en/posts/moving-the-line/');
    const svgs = page.locator('main figure.chart .chart-svg svg').filter({ visible: true });
    await expect(svgs).toHaveCount(figures.length);
    expect(await svgs.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-step')))).toEqual(figures.map((f) => String(f.step)));
  });
});
