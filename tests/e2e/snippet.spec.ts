import { expect, test, type Locator } from '@playwright/test';
import { languages } from '../support/scope';
import { madeUpSite, startServer, type StaticServer } from '../support/server';
import { noProblems, watchPage } from '../support/pageWatch';
import { builtOrigin, rehome } from './snippetHosts';

// The script embed, pasted into pages of another origin. The site is served by a plain static server (no CORS
// headers unless a test asks), the host pages by a second one; both on ports of their own.

interface ManifestChart {
  id: string;
  title: Record<'en' | 'zh', string>;
  snippet: Record<'en' | 'zh', string>;
}

const hostileCss = `
svg { display: none }
* { font-size: 40px !important }
figure { width: 10px }
#col-320 { width: 320px }
#col-1000 { width: 1000px }
`;

let site: StaticServer;
let corsSite: StaticServer;
let hosts: Awaited<ReturnType<typeof madeUpSite>>;
let charts: ManifestChart[];

test.beforeAll(async ({ request }) => {
  site = await startServer({ root: 'dist' });
  corsSite = await startServer({ root: 'dist', cors: true });
  hosts = await madeUpSite();
  charts = ((await (await request.get(`${site.origin}/charts/index.json`)).json()) as { charts: ManifestChart[] }).charts;
  hosts.serve('/hostile.css', { body: hostileCss });
});

test.afterAll(async () => {
  await Promise.all([site.close(), corsSite.close(), hosts.close()]);
});

function hostPage(body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A host page</title><link rel="stylesheet" href="/hostile.css"></head><body>${body}<p class="title source more">Host text</p></body></html>`;
}

/** The visible drawing inside a pasted snippet, once the script has drawn it. */
async function drawnChart(placeholder: Locator): Promise<Locator> {
  await expect(placeholder).toHaveAttribute('data-cloud-loophole-state', 'ready');
  return placeholder.locator('.graphic svg').filter({ visible: true });
}

test.describe('a snippet pasted into a hostile page of another origin', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const lang of languages) {
    test(`every chart (${lang}) fills a 320 px and a 1000 px column, whatever the host's CSS`, async ({ page }) => {
      const corsHeaders: string[] = [];
      page.on('response', (response) => {
        if (response.url().startsWith(site.origin)) corsHeaders.push(response.headers()['access-control-allow-origin'] ?? '');
      });
      for (const chart of charts) {
        const snippet = rehome(chart.snippet[lang], site.origin);
        const url = hosts.serve(`/${lang}/${chart.id}.html`, {
          body: hostPage(`<div id="col-320">${snippet}</div><div id="col-1000">${snippet}</div>`, lang),
        });
        await page.goto(url);
        for (const [column, layout] of [
          ['#col-320', 'narrow'],
          ['#col-1000', 'wide'],
        ] as const) {
          const placeholder = page.locator(`${column} [data-cloud-loophole-chart]`);
          const svg = await drawnChart(placeholder);
          await expect(svg).toHaveCount(1);
          await expect(placeholder.locator(`.${layout} svg`)).toBeVisible();
          const [box, columnBox] = await Promise.all([svg.boundingBox(), page.locator(column).boundingBox()]);
          expect(Math.abs(box!.width - columnBox!.width), `${chart.id} in ${column}`).toBeLessThanOrEqual(1);
          expect(box!.height).toBeGreaterThan(150);
          await expect(placeholder.locator('.title')).toHaveText(chart.title[lang]);
          await expect(placeholder.locator('.title')).toHaveCSS('font-size', '18px');
          await expect(placeholder.locator('.source')).toBeVisible();
          // The figure links to the site's public address, whichever host served the script.
          await expect(placeholder.locator('.more a')).toHaveAttribute(
            'href',
            new RegExp(`^${builtOrigin(chart.snippet[lang])}/${lang}/#[a-z0-9-]+$`),
          );
        }
        // Our styles stay in the shadow root: the host's own text keeps the host's look.
        await expect(page.locator('p.title')).toHaveCSS('font-size', '40px');
      }
      expect(corsHeaders.length).toBeGreaterThan(0);
      expect(corsHeaders.every((header) => header === '')).toBe(true);
    });
  }

  test('a phone-width page shows the narrow drawing at the width of its column', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const url = hosts.serve('/phone.html', { body: hostPage(rehome(charts[1]!.snippet.en, site.origin)) });
    await page.goto(url);
    const placeholder = page.locator('[data-cloud-loophole-chart]');
    const svg = await drawnChart(placeholder);
    const width = await placeholder.evaluate((element) => element.clientWidth);
    expect(Math.abs((await svg.boundingBox())!.width - width)).toBeLessThanOrEqual(1);
    await expect(placeholder.locator('.narrow svg')).toBeVisible();
  });

  test('the snippet works just the same from a host that sends CORS headers', async ({ page }) => {
    const url = hosts.serve('/cors.html', { body: hostPage(rehome(charts[0]!.snippet.zh, corsSite.origin), 'zh') });
    await page.goto(url);
    await expect(await drawnChart(page.locator('[data-cloud-loophole-chart]'))).toBeVisible();
  });

  test('Chinese text arrives intact on a page in a legacy encoding', async ({ page }) => {
    const chart = charts[1]!;
    // The page itself in windows-1252: its Chinese as character references, so only our scripts could garble it.
    const ascii = rehome(chart.snippet.zh, site.origin).replace(/[\u0080-\uffff]/g, (c) => `&#${c.codePointAt(0)};`);
    const html = hostPage(ascii, 'zh').replace('utf-8', 'windows-1252');
    const url = hosts.serve('/legacy.html', { body: html, headers: { 'Content-Type': 'text/html; charset=windows-1252' } });
    await page.goto(url);
    const placeholder = page.locator('[data-cloud-loophole-chart]');
    await drawnChart(placeholder);
    await expect(placeholder.locator('.title')).toHaveText(chart.title.zh);
  });
});

test.describe('a host with a strict Content-Security-Policy', () => {
  test('draws the chart when the policy allows our script origin, with Trusted Types enforced', async ({ page }) => {
    const watch = await watchPage(page, [site.origin, hosts.origin]);
    const csp = `default-src 'none'; script-src ${site.origin}; style-src 'self'; img-src 'self'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types cloud-loophole`;
    // Two snippets, two copies of the script: one Trusted Types policy between them, as the directive allows.
    const html = hostPage([charts[1]!, charts[0]!].map((chart) => rehome(chart.snippet.en, site.origin)).join('\n'));
    const url = hosts.serve('/strict.html', { body: html, headers: { 'Content-Security-Policy': csp } });
    await page.goto(url);
    await expect(await drawnChart(page.locator('[data-cloud-loophole-chart="timeline"]'))).toBeVisible();
    const placeholder = page.locator('[data-cloud-loophole-chart="chip-thresholds"]');
    await expect(await drawnChart(placeholder)).toBeVisible();
    // Our styles apply though the policy allows no inline style: in a wide column the narrow drawing is hidden.
    await expect(placeholder.locator('.title')).toHaveCSS('font-weight', '700');
    await expect(placeholder.locator('.narrow svg')).toBeHidden();
    expect(await watch.problems()).toEqual(noProblems);
  });

  test('keeps the placeholder links when the policy does not allow our script', async ({ page }) => {
    const url = hosts.serve('/blocked.html', {
      body: hostPage(rehome(charts[1]!.snippet.en, site.origin)),
      headers: { 'Content-Security-Policy': "default-src 'self'" },
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const placeholder = page.locator('[data-cloud-loophole-chart]');
    await expect(placeholder).not.toHaveAttribute('data-cloud-loophole-state');
    await expect(placeholder.getByRole('link')).toHaveCount(2);
    await expect(placeholder.getByRole('link').first()).toBeVisible();
  });
});

test.describe('without the script', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of languages) {
    test(`the placeholder (${lang}) links to the chart in the story and to its PNG`, async ({ page, request }) => {
      for (const chart of charts) {
        const url = hosts.serve(`/nojs/${lang}/${chart.id}.html`, { body: hostPage(rehome(chart.snippet[lang], site.origin), lang) });
        await page.goto(url);
        const links = page.locator('[data-cloud-loophole-chart] a');
        await expect(links).toHaveCount(2);
        await expect(links.first()).toBeVisible();
        await expect(links.first()).toContainText(chart.title[lang]);
        const storyLink = (await links.first().getAttribute('href'))!;
        expect(storyLink).toMatch(new RegExp(`^${site.origin}/${lang}/#[a-z0-9-]+$`));
        const story = await request.get(storyLink);
        expect(story.status()).toBe(200);
        expect(await story.text()).toContain(`id="${new URL(storyLink).hash.slice(1)}"`);
        await expect(links.last()).toHaveAttribute('href', `${site.origin}/files/${lang}/${chart.id}.png`);
        const png = await request.get(`${site.origin}/files/${lang}/${chart.id}.png`);
        expect([png.status(), png.headers()['content-type']]).toEqual([200, 'image/png']);
      }
    });
  }
});

test('a placeholder asking for a step the chart does not have keeps its links', async ({ page }) => {
  const snippet = rehome(charts[1]!.snippet.en, site.origin).replace('data-step="0"', 'data-step="42"');
  const url = hosts.serve('/bad-step.html', { body: hostPage(snippet) });
  await page.goto(url);
  const placeholder = page.locator('[data-cloud-loophole-chart]');
  await expect(placeholder).toHaveAttribute('data-cloud-loophole-state', 'failed');
  await expect(placeholder.getByRole('link').first()).toBeVisible();
});
