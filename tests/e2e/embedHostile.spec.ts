import { expect, test, type Page } from '@playwright/test';
import { languages } from '../support/scope';
import { expectFitted } from './embedFit';
import { hostPagesForFile } from './embedHost';

const host = hostPagesForFile();

/** Script errors anywhere on the page, embeds included, and console errors about storage or cookies. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /storage|cookie|SecurityError/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

for (const lang of languages) {
  test(`${lang}: in frames sandboxed with allow-scripts alone, every chart still sizes itself and steps, without errors`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`${host.origin}/sandbox/${lang}`);
    const frames = page.locator('iframe[sandbox="allow-scripts"]');
    await expect(frames).toHaveCount(host.manifest.charts.length);
    for (const [index, chart] of host.manifest.charts.entries()) {
      await expectFitted(frames.nth(index), `${chart.id} (${lang}, sandboxed)`);
      const frame = frames.nth(index).contentFrame();
      await frame.locator('[data-step-action="next"]').click();
      await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-step', '1');
    }
    expect(errors).toEqual([]);
  });
}

test('under the host page’s own strict Content-Security-Policy, the loader still sizes every chart', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  const response = await page.goto(`${host.origin}/strict-csp/en`);
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  const frames = page.locator('iframe');
  for (const [index, chart] of host.manifest.charts.entries()) {
    await expectFitted(frames.nth(index), `${chart.id} (strict CSP host)`);
    // The pasted style attribute is refused there; the loader's CSSOM styles take its place.
    await expect(frames.nth(index)).toHaveCSS('border-top-width', '0px');
  }
  expect(errors).toEqual([]);
});
