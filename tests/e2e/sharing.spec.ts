// Sharing as the browser sees it: the checks on the built files (cards, JSON-LD, sitemap, feeds) are in tests/dist/sharing.test.ts.
import { expect, test } from '@playwright/test';

test('the 404 page speaks both languages and leads to both stories', async ({ page }) => {
  await page.goto('/404.html');
  await expect(page.locator('section[lang="en"] a[href="/en/"]')).toBeVisible();
  await expect(page.locator('section[lang="zh-CN"] a[href="/zh/"]')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(['Page not found', '找不到这个页面']);
});
