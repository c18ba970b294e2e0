import { expect, test } from '@playwright/test';

for (const [lang, family] of [['en', 'Noto Sans'], ['zh', 'Noto Sans SC']] as const) {
  test(`${lang}: the self-hosted ${family} face arrives after the page has loaded`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (/\.woff2?$/.test(new URL(response.url()).pathname)) fonts.push(response.url());
    });
    await page.goto(`/${lang}/`);
    await expect.poll(() => page.evaluate((name) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === name && f.status === 'loaded'), family), { timeout: 15_000 }).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  });
}
