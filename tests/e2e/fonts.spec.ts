import { expect, test } from '@playwright/test';

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

// Whether a reader's browser fetches Noto Sans SC depends on the CJK faces their system has, so the test asks
// for it outright, as a browser with none would.
for (const path of ['/zh/', '/en/', '/embed/zh/timeline/']) {
  test(`${path}: once loaded, the page can draw Chinese in the self-hosted Noto Sans SC, fetched from our origin`, async ({ page }) => {
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
  const served = await (await page.goto('/zh/'))!.text();
  const href = await page.locator('html').getAttribute('data-fonts');
  expect(href).toMatch(/\.css$/);
  expect(served).not.toMatch(new RegExp(`<link[^>]+href="${href}"`));
  await expect(page.locator(`link[rel="stylesheet"][href="${href}"]`)).toHaveCount(1);
});
