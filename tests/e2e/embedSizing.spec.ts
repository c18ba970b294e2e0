import { expect, test } from '@playwright/test';
import { inScope, languages } from '../support/scope';
import { expectFitted } from './embedFit';
import { hostPagesForFile } from './embedHost';

const host = hostPagesForFile();

for (const kind of ['loader', 'pym'] as const) {
  for (const lang of languages) {
    for (const width of inScope([320, 640, 1000])) {
      test(`${kind === 'loader' ? 'our loader' : "pym.js's Parent"} on another origin sizes every ${lang} chart to its content at ${width} px`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${host.origin}/${kind}/${lang}`);
        const frames = page.locator('iframe');
        await expect(frames).toHaveCount(host.manifest.charts.length);
        for (const [index, chart] of host.manifest.charts.entries()) {
          await expect(frames.nth(index)).toHaveAttribute('src', new RegExp(`/embed/${lang}/${chart.id}/`));
          await expectFitted(frames.nth(index), `${chart.id} (${lang}, ${width} px)`);
        }
      });
    }
  }
}

test('the pasted height alone, with no script on the host, shows every chart whole from 640 px up', async ({ page }) => {
  for (const width of [640, 1000]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${host.origin}/plain/en`);
    const frames = page.locator('iframe');
    for (const [index, chart] of host.manifest.charts.entries()) {
      await frames.nth(index).scrollIntoViewIfNeeded();
      const frame = (await (await frames.nth(index).elementHandle())!.contentFrame())!;
      await frame.waitForSelector('figure[data-chart]');
      await frame.evaluate(() => document.fonts.ready);
      const { scrollHeight, viewportHeight } = await frame.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        viewportHeight: innerHeight,
      }));
      expect(scrollHeight, `${chart.id} at ${width} px`).toBeLessThanOrEqual(viewportHeight);
    }
  }
});
