// How long a reader on a slow phone waits before the first chart is on the page, drawn: from navigation to
// the first frame in which a chart's SVG has marks and a size.
import type { Browser } from '@playwright/test';
import { median } from './median.ts';
import { phonePage, slowPhone } from './mobile.ts';

declare global {
  interface Window {
    __firstChartMs?: number;
  }
}

/** Watches every frame until a chart's SVG is laid out with content; runs before the page's own scripts. */
function watchForFirstChart(): void {
  const check = () => {
    const svg = [...document.querySelectorAll('figure[data-chart] svg')].find((s) => s.childElementCount > 0 && s.getBoundingClientRect().width > 0);
    if (svg) window.__firstChartMs = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Median over `runs` cold loads, under Lighthouse's slow-4G and 4x CPU conditions, in milliseconds. */
export async function timeToFirstChart(browser: Browser, url: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await phonePage(browser);
    await slowPhone(page);
    await page.addInitScript(watchForFirstChart);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstChartMs !== undefined, undefined, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__firstChartMs!));
    await page.context().close();
  }
  return median(times);
}
