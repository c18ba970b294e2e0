import { expect, test } from '@playwright/test';
import { languages } from '../support/scope';

test.describe('the evidence behind each mark', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('arrow keys on a chart show each mark with its confidence and source links', async ({ page }) => {
    await page.goto('/en/#fleets-claim');
    const holder = page.locator('figure[data-chart="gpu-fleets"] .chart-svg[data-layout="wide"]');
    await holder.focus();
    await page.keyboard.press('Home');
    const tip = page.locator('figure[data-chart="gpu-fleets"] .mark-tip');
    await expect(tip).toBeVisible();
    // The essay's own address is not known, so its mark names the source without a link.
    await expect(tip).toContainText('Huxiu');
    await expect(tip.locator('a[href^="http"]')).toHaveCount(0);
    const first = await tip.textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tip.textContent()).not.toBe(first);
    // A source with an address is a link: step on until a mark cites one.
    for (let presses = 0; presses < 12 && (await tip.locator('a[href^="http"]').count()) === 0; presses++) await page.keyboard.press('ArrowRight');
    await expect(tip.locator('a[href^="http"]').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test("the essay's per-firm figure is shown as a claim, in the tip and drawn hollow", async ({ page }) => {
    await page.goto('/en/#fleets-claim');
    const claim = page.locator('figure[data-chart="gpu-fleets"] .chart-svg[data-layout="wide"] [data-mark][data-confidence="claim"]').first();
    await expect(claim).toHaveCount(1);
    await claim.click();
    await expect(page.locator('figure[data-chart="gpu-fleets"] .mark-tip')).toContainText('claim');
  });

  test('a tap on a mark opens its sources on a phone', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/zh/#rule-2022');
    const mark = page.locator('figure[data-chart="chip-thresholds"] .chart-svg[data-layout="narrow"] [data-mark]').first();
    await mark.tap();
    const tip = page.locator('figure[data-chart="chip-thresholds"] .mark-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('来源');
    await context.close();
  });

  test('on a phone the tapped mark keeps a small tip beside it, which closes on a tap elsewhere, on scroll and on a new step', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/en/#rule-2022');
    const figure = page.locator('figure[data-chart="chip-thresholds"]');
    const mark = figure.locator('.chart-svg[data-layout="narrow"] [data-mark]').first();
    const tip = figure.locator('.mark-tip');
    await mark.tap();
    await expect(tip).toBeVisible();
    await expect(tip.locator('ul, li')).toHaveCount(0);
    const [tipBox, markBox] = [(await tip.boundingBox())!, (await mark.boundingBox())!];
    expect(tipBox.height).toBeLessThanOrEqual(140);
    const apart =
      tipBox.x >= markBox.x + markBox.width ||
      markBox.x >= tipBox.x + tipBox.width ||
      tipBox.y >= markBox.y + markBox.height ||
      markBox.y >= tipBox.y + tipBox.height;
    expect(apart, 'the tip does not cover its mark').toBe(true);
    // A tap elsewhere in the chart, which does not move the page: a drawing scrolled out of view is not laid out, and
    // could not be tapped again without scrolling back to it.
    await figure.locator('.chart-graphic .chart-title').tap();
    await expect(tip).toBeHidden();
    await mark.tap();
    await expect(tip).toBeVisible();
    await page.mouse.wheel(0, 200);
    await expect(tip).toBeHidden();
    await context.close();
  });

  test('the tip closes when the chart moves to another step, and on Escape', async ({ page }) => {
    await page.goto('/en/#rule-2022');
    const figure = page.locator('figure[data-chart="chip-thresholds"]');
    const holder = figure.locator('.chart-svg[data-layout="wide"]');
    await holder.focus();
    await page.keyboard.press('Home');
    const tip = figure.locator('.mark-tip');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(17 * 16 + 2);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Home');
    await expect(tip).toBeVisible();
    await figure.locator('[data-step-action="next"]').click();
    await expect(tip).toBeHidden();
  });

  test("a mark's words, fetched with its chart, are told and shown for either drawing, before and after the chart moves", async ({ browser }) => {
    for (const { layout, width } of [
      { layout: 'narrow', width: 360 },
      { layout: 'wide', width: 1280 },
    ]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto('/en/#timeline-overview');
      const figure = page.locator('figure[data-chart="timeline"]');
      const marks = (await (await page.request.get('/charts/timeline/marks.en.json')).json()) as Record<string, { words: string }>[];
      const words = marks[0]!['huawei-entity-list']!.words;
      expect(words).toContain('Huawei');
      const announced = figure.locator('.chart-graphic p[aria-live]');
      await figure.locator(`.chart-svg[data-layout="${layout}"] [data-mark="huawei-entity-list"]`).click({ force: true });
      await expect(announced, `${layout}: what a screen reader hears`).toHaveText(words);
      await expect(figure.locator('.mark-tip'), `${layout}: the tip`).toContainText(words.split('. Sources')[0]!);
      // Once the chart has moved, every mark of the drawing on screen carries its own title again.
      await figure.locator('[data-step-action="next"]').click();
      const drawn = figure.locator(`.chart-svg[data-layout="${layout}"] [data-mark]`);
      await expect.poll(() => figure.locator(`.chart-svg[data-layout="${layout}"] [data-mark] > title`).count()).toBe(await drawn.count());
      await context.close();
    }
  });

  test("a chart whose marks' words cannot be fetched still moves between its steps, and its tips ask for them again", async ({ page }) => {
    // Refused for the step change and for the first tip; served for the second tip.
    let asked = 0;
    await page.route('**/charts/timeline/marks.en.json', (route) => (asked++ < 2 ? route.abort() : route.continue()));
    await page.goto('/en/#timeline-overview');
    const figure = page.locator('figure[data-chart="timeline"]');
    const tip = figure.locator('.mark-tip');
    await figure.locator('[data-step-action="next"]').click();
    await expect(figure.locator('.chart-svg[data-layout="wide"] svg')).toHaveAttribute('data-step', '1');
    // The step button scrolls the story to its card, and scrolling closes a tip: the page settles first.
    const scrollY = () => page.evaluate(() => window.scrollY);
    await expect.poll(async () => (await scrollY()) - (await page.waitForTimeout(300).then(scrollY))).toBe(0);
    // A click where the mark is, without scrolling the page.
    const mark = figure.locator('.chart-svg[data-layout="wide"] [data-mark="huawei-entity-list"]').first();
    await mark.dispatchEvent('click');
    await expect(tip).toBeVisible();
    await expect.poll(() => asked).toBe(2);
    await expect(tip).not.toContainText('Huawei');
    await page.keyboard.press('Escape');
    await mark.dispatchEvent('click');
    await expect(tip).toContainText('Huawei');
    await expect(tip.locator('a').first()).toBeVisible();
    expect(asked).toBe(3);
  });

  test('every data table, built when first opened, lists its rows with sources as links', async ({ page }) => {
    await page.goto('/zh/');
    for (const table of await page.locator('figure[data-chart] details.data-table').all()) {
      await table.locator('summary').click();
      await expect(table.locator('tbody tr').first()).toBeVisible();
      await expect(table.locator('a[href^="http"]').first()).toBeVisible();
    }
  });
});

test.describe('narrow screens and print', () => {
  for (const lang of languages) {
    test(`${lang}: nothing overflows sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${lang}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('printing shows every step in order and hides the step buttons', async ({ page }) => {
    await page.goto('/en/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.step-controls').first()).toBeHidden();
    const positions = await page
      .locator('figure[data-chart="chip-thresholds"] .step')
      .evaluateAll((steps) => steps.map((s) => s.getBoundingClientRect().top));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const gaps = positions.slice(1).map((top, i) => top - positions[i]!);
    // Steps follow each other closely in print rather than a screen's height apart.
    expect(Math.max(...gaps)).toBeLessThan(600);
  });
});
