import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storyCharts } from '../support/builtSite';
import { noProblems, watchPage, wcagTags } from '../support/pageWatch';
import { languages } from '../support/scope';

const charts = storyCharts;
const figure = (page: Page) => page.locator('figure[data-chart]');
const wideSvg = (page: Page) => page.locator('.chart-svg[data-layout="wide"] svg');
/** Where the link back to the story leads, on this site. */
const storyLinkTarget = (page: Page) => page.locator('.embed-credit a').evaluate((a: HTMLAnchorElement) => a.pathname + a.hash);

/** Starts adding up the bytes of every response the page receives; `take()` returns the sum so far and starts again. */
function weigh(page: Page): { take: () => Promise<number> } {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    // A response that ends after network idle is not weighed, and its body fails once the page moves on.
    const body = response.body();
    body.catch(() => undefined);
    bodies.push(body);
  });
  return {
    take: async () => {
      const sizes = await Promise.allSettled(bodies.splice(0));
      return sizes.reduce((sum, size) => sum + (size.status === 'fulfilled' ? size.value.length : 0), 0);
    },
  };
}

// Each chart's embed page, loaded once per language: everything that differs per chart is checked on that load.
test.describe('each chart’s embed page', () => {
  test.use({ viewport: { width: 640, height: 900 } });

  for (const lang of languages) {
    test(`${lang}: the chart alone, titled and sourced, linked to its place in the story and announced by oEmbed; lighter than the story; every step drawn with no CSP violation, foreign request or script error`, async ({
      page,
      request,
      baseURL,
    }) => {
      // Eleven pages, each loaded to network idle, read by axe and stepped through: more than a minute on a busy machine.
      test.setTimeout(180_000);
      const watch = await watchPage(page, [new URL(baseURL!).origin]);
      // Each page is weighed whole, as a first visit: nothing comes from the cache of the page loaded before it.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const bytes = weigh(page);
      await page.goto(`/${lang}/`, { waitUntil: 'networkidle' });
      const story = await bytes.take();
      const steps = await page
        .locator('figure[data-chart]')
        .evaluateAll((figures) =>
          Object.fromEntries(figures.map((f) => [f.getAttribute('data-chart'), [...f.querySelectorAll('.step')].map((s) => s.id)])),
        );
      const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
      const announced = await page
        .locator('link[rel="alternate"][type="application/json+oembed"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(announced).toEqual(charts.map((chart) => `${site}/embed/${lang}/${chart}/oembed.json`));
      expect.soft(await watch.problems(), `/${lang}/`).toEqual(noProblems);

      for (const chart of charts) {
        // What the page before asked for after its own load is not this page's weight.
        await bytes.take();
        await page.goto(`/embed/${lang}/${chart}/`, { waitUntil: 'networkidle' });
        expect.soft(await bytes.take(), `${lang} ${chart} against the story's ${story} bytes`).toBeLessThan(story);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        await expect(figure(page)).toHaveAttribute('data-chart', chart);
        for (const part of ['.chart-title', '.chart-subtitle', '.chart-source']) await expect(figure(page).locator(part)).not.toBeEmpty();
        await expect(wideSvg(page)).toBeVisible();
        await expect.poll(() => storyLinkTarget(page)).toBe(`/${lang}/#${steps[chart]![0]}`);
        // Inside someone else's page, links open beside it.
        await expect(page.locator('head base')).toHaveAttribute('target', '_blank');
        // Nothing else of the story: no steps, no site header or footer.
        await expect(page.locator('.step, .site-header, .site-footer')).toHaveCount(0);

        await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', `${site}/embed/${lang}/${chart}/oembed.json`);
        const response = await request.get(`/embed/${lang}/${chart}/oembed.json`);
        expect(response.ok()).toBe(true);
        const oembed = (await response.json()) as Record<string, unknown>;
        expect(oembed).toMatchObject({
          version: '1.0',
          type: 'rich',
          provider_url: `${site}/${lang}/`,
          // The caption's title holds a date or a figure and its unit together with no-break spaces (headingHtml).
          title: (await page.locator('.chart-title').textContent())?.replace(/\u00a0/g, ' '),
        });
        expect(oembed['html']).toContain(`<iframe src="${site}/embed/${lang}/${chart}/"`);
        expect(oembed['provider_name']).toEqual(expect.any(String));
        expect(Number.isInteger(oembed['width']) && Number.isInteger(oembed['height'])).toBe(true);

        // Axe on each chart's page too: the template is checked at two widths in the gates, but a chart brings its own
        // title, notes and drawing.
        const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        expect
          .soft(
            axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`),
            `/embed/${lang}/${chart}/`,
          )
          .toEqual([]);

        // Next moves both drawings through every step, each drawn under the page's one policy.
        expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
        const count = Number(await figure(page).getAttribute('data-steps'));
        for (let step = 1; step < count; step++) {
          await page.locator('[data-step-action="next"]').click();
          await expect(wideSvg(page)).toHaveAttribute('data-step', String(step));
          await expect(page.locator('.chart-svg[data-layout="narrow"] svg')).toHaveAttribute('data-step', String(step));
        }
        expect.soft(await watch.problems(), `/embed/${lang}/${chart}/`).toEqual(noProblems);
      }
    });
  }
});

test.describe('an embed page', () => {
  test.use({ viewport: { width: 640, height: 900 } });

  test('opens at ?step=N, counted from one, and its buttons move through the other steps, the story link following', async ({ page }) => {
    await page.goto('/en/');
    const steps = await page.locator('figure[data-chart="chip-thresholds"] .step').evaluateAll((found) => found.map((step) => step.id));
    await page.goto('/embed/en/chip-thresholds/');
    const first = await wideSvg(page).innerHTML();
    await page.goto('/embed/en/chip-thresholds/?step=3');
    await expect(figure(page)).toHaveAttribute('data-step', '2');
    await expect(page.locator('.step-status')).toHaveText('Step 3 of 4');
    await expect(wideSvg(page)).toHaveAttribute('data-step', '2');
    expect(await wideSvg(page).innerHTML()).not.toBe(first);
    await expect.poll(() => storyLinkTarget(page)).toBe(`/en/#${steps[2]}`);
    await page.locator('[data-step-action="next"]').click();
    await expect(figure(page)).toHaveAttribute('data-step', '3');
    await expect(page.locator('[data-step-action="next"]')).toBeDisabled();
    await expect.poll(() => storyLinkTarget(page)).toBe(`/en/#${steps[3]}`);
  });

  test('on a phone, 320 and 360 px wide, its step buttons and count keep to one line and inside the frame, in both languages', async ({
    browser,
  }) => {
    for (const width of [320, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 740 } });
      const page = await context.newPage();
      for (const lang of languages) {
        await page.goto(`/embed/${lang}/training-days/`);
        const controls = page.locator('.step-controls');
        await expect(controls).toBeVisible();
        const row = await controls.evaluate((el) => ({
          overflow: el.scrollWidth - el.clientWidth,
          right: el.getBoundingClientRect().right,
          // A button whose words wrap grows past its one-line height (2.25rem).
          heights: [...el.querySelectorAll('button')].map((b) => b.getBoundingClientRect().height),
        }));
        expect(row.overflow, `${lang} at ${width}`).toBeLessThanOrEqual(0);
        expect(row.right, `${lang} at ${width}`).toBeLessThanOrEqual(width);
        for (const height of row.heights) expect(height, `${lang} at ${width}`).toBeLessThanOrEqual(37);
      }
      await context.close();
    }
  });

  test('without JavaScript shows the first step, drawn at build time, and no buttons that could not work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto('/embed/zh/gpu-fleets/?step=3');
    await expect(page.locator('.chart-svg[data-layout="narrow"] svg')).toBeVisible();
    await expect(page.locator('.chart-svg[data-layout="narrow"] svg')).toHaveAttribute('data-step', '0');
    await expect(page.locator('.step-controls')).toBeHidden();
    await context.close();
  });

  test('?theme=dark and ?theme=light override the reader’s setting; auto follows it', async ({ page }) => {
    const colours = () =>
      page.evaluate(() => ({
        page: getComputedStyle(document.documentElement).backgroundColor,
        chart: getComputedStyle(document.querySelector('.chart-svg[data-layout="wide"] svg rect.bg')!).fill,
      }));
    const dark = { page: 'rgb(21, 21, 21)', chart: 'rgb(21, 21, 21)' };
    const light = { page: 'rgb(255, 255, 255)', chart: 'rgb(255, 255, 255)' };
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed/en/timeline/?theme=dark');
    expect(await colours()).toEqual(dark);
    await page.goto('/embed/en/timeline/');
    expect(await colours()).toEqual(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/en/timeline/?theme=light');
    expect(await colours()).toEqual(light);
    await page.goto('/embed/en/timeline/?theme=auto');
    expect(await colours()).toEqual(dark);
  });

  test('&transparent=1 lets the host’s background show through the page and the chart', async ({ page }) => {
    await page.goto('/embed/en/chip-thresholds/?theme=dark&transparent=1');
    const seen = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      chart: getComputedStyle(document.querySelector('.chart-svg[data-layout="wide"] svg rect.bg')!).fillOpacity,
      text: getComputedStyle(document.querySelector('.chart-title')!).color,
    }));
    expect(seen).toEqual({ html: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)', chart: '0', text: 'rgb(236, 236, 236)' });
  });
});

test.describe('the Embed action under each chart in the story', () => {
  test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('shows the code for the step being read, follows the chosen step and colours, and copies it', async ({ page }) => {
    await page.goto('/en/#rule-2023');
    const chart = page.locator('figure[data-chart="chip-thresholds"]');
    await expect(chart).toHaveAttribute('data-step', '2');
    const action = chart.locator('details.embed-action');
    // Opening the action scrolls it into view, which on a laptop can carry the reader past the step linked to: the
    // code must name whichever step the chart shows then (steps count from 1 in the code, from 0 on the figure).
    await action.locator('summary').click();
    const code = action.locator('textarea');
    await expect(code).toHaveValue(
      /^<iframe src="https?:\/\/[^"]+\/embed\/en\/chip-thresholds\/\?step=\d" title="[^"]+" width="100%" height="\d+" loading="lazy"/,
    );
    await expect
      .poll(async () => {
        const shown = Number(await chart.getAttribute('data-step'));
        return shown >= 2 && (await code.inputValue()).includes(`/embed/en/chip-thresholds/?step=${shown + 1}"`);
      })
      .toBe(true);
    await expect(code).toHaveValue(/\n<script async src="https?:\/\/[^"]+\/embed\.js"><\/script>$/);
    await action.getByLabel('Colours').selectOption('dark');
    await action.getByLabel('Open at').selectOption('1');
    await expect(code).toHaveValue(/\/embed\/en\/chip-thresholds\/\?theme=dark"/);
    await action.getByRole('button', { name: 'Copy code' }).click();
    await expect(action.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test('without JavaScript still shows the code, ready to select', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/');
    const action = page.locator('figure[data-chart="timeline"] details.embed-action');
    await action.locator('summary').click();
    await expect(action.locator('pre')).toHaveText(/^<iframe src="[^"]+\/embed\/zh\/timeline\/" title="[^"]*[\u4e00-\u9fff][^"]*"/);
    await expect(action.getByRole('button')).toHaveCount(0);
    // The fields that choose and copy come with JavaScript: form fields in a section the browser skips make it lay that
    // section out as the page finishes loading.
    await expect(page.locator('details.embed-action').locator('select, textarea')).toHaveCount(0);
    await context.close();
  });
});
