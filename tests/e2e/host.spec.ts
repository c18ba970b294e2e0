import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectFitted } from './embedFit';
import { startHost, type Manifest } from './embedHost';
import { startPagesDev, type PagesDev } from './pagesDev';
import type { StaticServer } from '../support/server';

// The built site as Cloudflare Pages serves it: public/_headers applied by the host's own runtime (workerd).
test.describe.configure({ mode: 'serial' });

let pages: PagesDev;
let host: StaticServer;
let manifest: Manifest;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  pages = await startPagesDev();
  manifest = (await (await fetch(`${pages.origin}/charts/index.json`)).json()) as Manifest;
  host = await startHost(manifest, pages.origin);
});

test.afterAll(() => {
  void host?.close();
  pages?.stop();
});

const hashedAsset = `/_astro/${readdirSync('dist/_astro').find((name) => name.endsWith('.woff2'))}`;
const readingPages = ['/', '/en/', '/zh/', '/en/methods/', '/zh/methods/', '/en/posts/', '/zh/posts/moving-the-line/'];
const embedPages = ['/embed/en/timeline/', '/embed/zh/chip-thresholds/'];
const sharedFiles = [
  '/charts/index.json',
  '/embed/en/timeline/oembed.json',
  '/embed/zh/gpu-fleets/oembed.json',
  '/files/zh/nvidia-segments.csv',
  '/data/chips.csv',
  '/snippet/v1.js',
  hashedAsset,
];

async function headersOf(path: string): Promise<Headers> {
  const response = await fetch(`${pages.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response.headers;
}

test('every response says nosniff, a referrer policy, a permissions policy and HSTS', async () => {
  for (const path of [...readingPages, ...embedPages, ...sharedFiles]) {
    const headers = await headersOf(path);
    expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy'), path).toContain('camera=()');
    expect(headers.get('strict-transport-security'), path).toMatch(/^max-age=31536000\b/);
  }
});

test('story, methods and post pages cannot be framed by other sites, and are revalidated', async () => {
  for (const path of readingPages) {
    const headers = await headersOf(path);
    expect(headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'");
    expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    expect(headers.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
  }
});

test('embed pages carry nothing that stops another site framing them', async () => {
  for (const path of embedPages) {
    const headers = await headersOf(path);
    expect(headers.get('x-frame-options'), path).toBeNull();
    expect(headers.get('content-security-policy') ?? '', path).not.toContain('frame-ancestors');
    expect(headers.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
  }
});

test('hashed assets are cached for a year as immutable; what other sites fetch allows any origin', async () => {
  expect((await headersOf(hashedAsset)).get('cache-control')).toBe('public, max-age=31536000, immutable');
  for (const path of sharedFiles) expect((await headersOf(path)).get('access-control-allow-origin'), path).toBe('*');
});

test('a missing address gets the bilingual 404 page with status 404', async () => {
  const response = await fetch(`${pages.origin}/en/no-such-page/`);
  expect(response.status).toBe(404);
  const html = await response.text();
  expect(html).toContain('href="/en/"');
  expect(html).toContain('href="/zh/"');
});

test('an embed in a frame sandboxed with allow-scripts, on another origin, loads its fonts with no console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`${host.origin}/sandbox/en`);
  const frame = page.locator('iframe[sandbox="allow-scripts"]').first();
  await expectFitted(frame, 'first chart, sandboxed, on Cloudflare’s runtime');
  const faces = () =>
    frame
      .contentFrame()
      .locator('html')
      .evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((face) => face.status === 'loaded' || face.status === 'error')
          .map((face) => `${face.family.replace(/"/g, '')} ${face.status}`);
      });
  await expect.poll(faces, { timeout: 15_000 }).toContain('Noto Sans loaded');
  expect((await faces()).filter((face) => face.endsWith('error'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('another site can fetch the chart index and an oEmbed file', async ({ page }) => {
  await page.goto(`${host.origin}/plain/en`);
  const fetched = await page.evaluate(async (origin) => {
    const index = (await (await fetch(`${origin}/charts/index.json`)).json()) as { charts: unknown[] };
    const oembed = (await (await fetch(`${origin}/embed/zh/timeline/oembed.json`)).json()) as { type: string; html: string };
    return { charts: index.charts.length, type: oembed.type, iframe: oembed.html.includes('<iframe') };
  }, pages.origin);
  expect(fetched).toEqual({ charts: manifest.charts.length, type: 'rich', iframe: true });
});

test('addresses of the MMLU chart under its old id, teacher-student, move to mmlu-scores and still load', async ({ page }) => {
  const moved = [
    ['/embed/en/teacher-student/', '/embed/en/mmlu-scores/'],
    ['/embed/zh/teacher-student/oembed.json', '/embed/zh/mmlu-scores/oembed.json'],
    ['/files/zh/teacher-student.csv', '/files/zh/mmlu-scores.csv'],
    ['/charts/teacher-student/data.json', '/charts/mmlu-scores/data.json'],
  ];
  for (const [old, now] of moved) {
    const response = await fetch(`${pages.origin}${old}`, { redirect: 'manual' });
    expect(response.status, old).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', pages.origin).pathname, old).toBe(now);
  }
  // Pasted oEmbed discovery still works from another site, through the redirect.
  await page.goto(`${host.origin}/plain/en`);
  const type = await page.evaluate(
    async (origin) => ((await (await fetch(`${origin}/embed/zh/teacher-student/oembed.json`)).json()) as { type: string }).type,
    pages.origin,
  );
  expect(type).toBe('rich');
});
