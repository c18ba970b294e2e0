// Bytes a page costs a reader: its HTML, the JavaScript fetched before any interaction and after reading to
// the end, and everything fetched on load. Text is counted gzipped (level 9), fonts and images as they are.
import type { Browser } from '@playwright/test';
import { phonePage } from './mobile.ts';
import { gzipBytes, recordScripts, scrollThroughPage, totalBytes } from './pageScripts.ts';

export interface PageBytes {
  htmlGzip: number;
  initialJsGzip: number;
  /** After scrolling the whole page: every script any step or chart asked for. */
  totalJsGzip: number;
  /** Everything the page fetched before any interaction: HTML, CSS, JavaScript, fonts, images. */
  loadTotal: number;
  initialScripts: number;
  totalScripts: number;
}

const textTypes = /^(text\/|application\/(json|javascript)|image\/svg)/;

export async function measureBytes(browser: Browser, url: string): Promise<PageBytes> {
  const page = await phonePage(browser);
  const scripts = recordScripts(page);
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    sizes.push(
      response
        .body()
        .then((body) => (textTypes.test(response.headers()['content-type'] ?? '') ? gzipBytes(body) : body.length))
        .catch(() => 0),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const htmlGzip = gzipBytes(await response.body());
  const initial = await scripts.fetched();
  const loadTotal = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  await scrollThroughPage(page);
  await page.waitForLoadState('networkidle');
  const all = await scripts.fetched();
  await page.context().close();
  return {
    htmlGzip,
    initialJsGzip: totalBytes(initial),
    totalJsGzip: totalBytes(all),
    loadTotal,
    initialScripts: initial.length,
    totalScripts: all.length,
  };
}
