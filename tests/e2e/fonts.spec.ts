import { expect, test, type Page } from '@playwright/test';
import { afterFrames } from '../support/frames';
import { watchPage, type PageWatch } from '../support/pageWatch';

test('/en/: the self-hosted Latin face paints the text, from our origin', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (/\.woff2?$/.test(new URL(response.url()).pathname)) fonts.push(response.url());
  });
  await page.goto('/en/');
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans' && f.status === 'loaded')), {
      timeout: 15_000,
    })
    .toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
});

/** Makes the page's canvas measure Chinese as a system with no face for it draws it: as a narrow box. */
async function withoutChineseFaces(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text) {
      const metrics = measure.call(this, text);
      return /\p{Script=Han}/u.test(text) ? ({ ...metrics, width: metrics.width / 2 } as TextMetrics) : metrics;
    };
  });
}

/**
 * Waits until the page has loaded, the browser has been idle once since (when the page checks its system's faces),
 * a frame has passed for what that check changed, and whatever it asked for has arrived.
 */
async function afterLoadAndIdle(page: Page, watch: PageWatch): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const wait = () => requestIdleCallback(() => resolve(), { timeout: 3000 });
        if (document.readyState === 'complete') wait();
        else addEventListener('load', wait, { once: true });
      }),
  );
  await afterFrames(page);
  await watch.idle();
}

// This machine has Noto Sans CJK, as nearly every reader's system has a Chinese face: the page then links none of
// the self-hosted face's rules, and the browser restyles nothing after load.
for (const path of ['/zh/', '/en/', '/embed/zh/timeline/']) {
  test(`${path}: a system that draws Chinese fetches neither the Chinese face's rules nor its files`, async ({ page, baseURL }) => {
    const watch = await watchPage(page, [new URL(baseURL!).origin]);
    const fetched: string[] = [];
    page.on('response', (response) => {
      if (/noto-sans-sc|fonts\.[^/]*\.css$/.test(new URL(response.url()).pathname)) fetched.push(response.url());
    });
    await page.goto(path);
    await afterLoadAndIdle(page, watch);
    const href = await page.locator('html').getAttribute('data-fonts');
    await expect(page.locator(`link[rel="stylesheet"][href="${href}"]`)).toHaveCount(0);
    expect(fetched).toEqual([]);
  });
}

// A system without one is simulated: the page's check then finds no glyph, links the rules, and the face loads.
for (const path of ['/zh/', '/en/', '/embed/zh/timeline/']) {
  test(`${path}: on a system with no Chinese face, the page can draw Chinese in the self-hosted Noto Sans SC, fetched from our origin`, async ({
    page,
  }) => {
    await withoutChineseFaces(page);
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (/noto-sans-sc-.*\.woff2$/.test(new URL(response.url()).pathname)) fonts.push(response.url());
    });
    await page.goto(path);
    const href = await page.locator('html').getAttribute('data-fonts');
    await expect(page.locator(`link[rel="stylesheet"][href="${href}"]`)).toHaveCount(1, { timeout: 15_000 });
    // Until the stylesheet has arrived, there is no such face to load.
    await expect
      .poll(() => page.evaluate(async () => (await document.fonts.load('1em "Noto Sans SC"', '芯片出口管制')).map((face) => face.status).join(' ')), {
        timeout: 15_000,
      })
      .toMatch(/^loaded( loaded)*$/);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
    // It stands in every stack after the system CJK faces, so any character they lack still has a face.
    const stack = await page
      .locator('main p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(stack).toContain('Noto Sans SC');
  });
}

test("the Chinese face's rules are not linked in the HTML, so they never hold up the first paint", async ({ page }) => {
  await withoutChineseFaces(page);
  const served = await (await page.goto('/zh/'))!.text();
  const href = await page.locator('html').getAttribute('data-fonts');
  expect(href).toMatch(/\.css$/);
  expect(served).not.toMatch(new RegExp(`<link[^>]+href="${href}"`));
  await expect(page.locator(`link[rel="stylesheet"][href="${href}"]`)).toHaveCount(1);
});
