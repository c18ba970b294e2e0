import { expect, test } from '@playwright/test';

const pages = [
  ['/en/', 'Noto Sans'],
  ['/zh/', 'Noto Sans SC'],
  ['/embed/zh/timeline/', 'Noto Sans SC'],
] as const;

for (const [path, family] of pages) {
  test(`${path}: the self-hosted ${family} face arrives after the page has loaded, from our origin`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (/\.woff2?$/.test(new URL(response.url()).pathname)) fonts.push(response.url());
    });
    await page.goto(path);
    await expect.poll(() => page.evaluate((name) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === name && f.status === 'loaded'), family), { timeout: 15_000 }).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  });
}

test('the Chinese face\'s rules are not linked in the HTML, so they never hold up the first paint', async ({ page }) => {
  const served = await (await page.goto('/zh/'))!.text();
  const href = await page.locator('html').getAttribute('data-fonts');
  expect(href).toMatch(/\.css$/);
  expect(served).not.toMatch(new RegExp(`<link[^>]+href="${href}"`));
  await expect(page.locator(`link[rel="stylesheet"][href="${href}"]`)).toHaveCount(1);
});
