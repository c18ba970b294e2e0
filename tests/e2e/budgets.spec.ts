// What a reader downloads, held to budgets on every build. Bytes and counts only: they do not depend on the
// machine, so they can fail a test. Timings are for the bench (npm run bench).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { describeScripts, gzipBytes, kilobytes, recordScripts, totalBytes } from '../bench/pageScripts';
import { builtHtmlFiles, builtPages, viewports } from './pages';

const KB = 1024;
// Stylesheets linked in the HTML hold up the first paint: the large font rules must come later, from script.
const budgets = { html: 100 * KB, renderBlockingCss: 12 * KB, initialJs: 50 * KB, storyJs: 200 * KB };
const storyPages = ['/en/', '/zh/'];
const phone = viewports[0];

/** Brings every step of every chart to the trigger line in turn, as a reader scrolling down would. */
async function readWholeStory(page: Page): Promise<void> {
  const steps = page.locator('scrolly-chart .step');
  const count = await steps.count();
  expect(count, 'the story has steps to scroll through').toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    await step.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect(step.locator('xpath=ancestor::figure[@data-chart][1]')).toHaveAttribute('data-step', (await step.getAttribute('data-step-index'))!);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
}

test.describe('HTML budget', () => {
  const files = builtHtmlFiles();
  builtPages().forEach((path, index) => {
    test(`${path} is at most ${budgets.html / KB} KB of HTML, gzipped`, () => {
      const bytes = gzipBytes(readFileSync(files[index]!));
      expect(bytes, `${path}: ${kilobytes(bytes)} of HTML gzipped (budget ${kilobytes(budgets.html)})`).toBeLessThanOrEqual(budgets.html);
    });
  });
});

test.describe('chart data on story pages', () => {
  const files = builtHtmlFiles();
  for (const path of storyPages) {
    test(`${path} names each chart's data rather than carrying it, and the named file holds it`, () => {
      const html = readFileSync(files[builtPages().indexOf(path)]!, 'utf8');
      const payloads = [...html.matchAll(/<script type="application\/json" data-chart-payload>(.*?)<\/script>/gs)].map(
        (m) => JSON.parse(m[1]!) as { chart: string; data?: unknown; dataUrl?: string },
      );
      expect(payloads.length).toBeGreaterThanOrEqual(6);
      for (const payload of payloads) {
        expect(payload.data, `${path}: ${payload.chart} carries its data inline`).toBeUndefined();
        const data = JSON.parse(readFileSync(`dist${payload.dataUrl}`, 'utf8')) as { sources?: unknown[] };
        expect(data.sources?.length, `${path}: ${payload.dataUrl} lists no sources`).toBeGreaterThan(0);
      }
    });
  }
});

test.describe('render-blocking CSS budget', () => {
  const files = builtHtmlFiles();
  builtPages().forEach((path, index) => {
    test(`${path} links at most ${budgets.renderBlockingCss / KB} KB of stylesheets, gzipped`, () => {
      const html = readFileSync(files[index]!, 'utf8');
      const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      const bytes = links.reduce((sum, href) => sum + gzipBytes(readFileSync(`dist${new URL(href, 'http://site').pathname}`)), 0);
      expect(
        bytes,
        `${path}: ${kilobytes(bytes)} of render-blocking CSS gzipped (budget ${kilobytes(budgets.renderBlockingCss)}): ${links.join(', ')}`,
      ).toBeLessThanOrEqual(budgets.renderBlockingCss);
    });
  });
});

test.describe('JavaScript budgets', () => {
  for (const path of storyPages) {
    for (const viewport of viewports) {
      test(`${path} at ${viewport.name} width fetches at most ${budgets.initialJs / KB} KB of JavaScript before any interaction`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        const scripts = recordScripts(page);
        await page.goto(path, { waitUntil: 'networkidle' });
        const fetched = await scripts.fetched();
        // Every script the page names must be among those counted: a request the recorder missed cannot pass unseen.
        const named = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
        expect(fetched.map((s) => s.url)).toEqual(expect.arrayContaining(named));
        const bytes = totalBytes(fetched);
        expect(
          bytes,
          `${path} at ${viewport.name} width: ${kilobytes(bytes)} of JavaScript gzipped before any interaction (budget ${kilobytes(budgets.initialJs)}): ${describeScripts(fetched)}`,
        ).toBeLessThanOrEqual(budgets.initialJs);
      });
    }

    test(`${path} fetches at most ${budgets.storyJs / KB} KB of JavaScript by the end of the story`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: phone.width, height: phone.height });
      const scripts = recordScripts(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      await readWholeStory(page);
      const fetched = await scripts.fetched();
      const bytes = totalBytes(fetched);
      expect(
        bytes,
        `${path}: ${kilobytes(bytes)} of JavaScript gzipped after the whole story (budget ${kilobytes(budgets.storyJs)}): ${describeScripts(fetched)}`,
      ).toBeLessThanOrEqual(budgets.storyJs);
    });
  }
});

test.describe('embed pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const embedPages = builtPages().filter((path) => path.startsWith('/embed/'));

  if (embedPages.length === 0) {
    test('show their chart as SVG with no script run', () => {
      test.skip(true, 'No page under /embed/ is built yet: this budget applies once embed pages exist.');
    });
  }

  for (const path of embedPages) {
    test(`${path} shows its chart as SVG with no script run`, async ({ page }) => {
      await page.goto(path);
      // The figure's chart, not an icon: an SVG drawn at a readable size on this screen.
      const sizes = await page
        .locator('figure[data-chart] svg')
        .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map((box) => ({ width: box.width, height: box.height })));
      expect(
        sizes.some((box) => box.width >= 200 && box.height >= 100),
        `${path}: no chart SVG visible without JavaScript (sizes ${JSON.stringify(sizes)})`,
      ).toBe(true);
    });
  }
});
