// Every measurement the bench takes of one page, in one place: Lighthouse, bytes, first chart, scrolling, height.
import type { Browser } from '@playwright/test';
import { timeToFirstChart } from './firstChart.ts';
import { lighthouseMedian, type LighthouseSummary } from './lighthouse.ts';
import { chromePath } from './mobile.ts';
import { measureBytes, type PageBytes } from './pageBytes.ts';
import { measurePageHeight, type PageHeight } from './pageHeight.ts';
import { measureScrollJank, type ScrollJank } from './scrollJank.ts';

/** `control` is the story's document with no styles, scripts or fonts (baseline/buildBareDocument.ts). */
export type PageKind = 'story' | 'embed' | 'baseline' | 'control';

export interface PageResult {
  path: string;
  kind: PageKind;
  lighthouse: LighthouseSummary;
  bytes: PageBytes;
  /** Story pages and the baseline only: an embed page is one chart with no story to scroll, a control has no script. */
  firstChartMs?: number;
  scroll?: ScrollJank;
  height?: PageHeight;
}

export async function measurePage(browser: Browser, origin: string, path: string, kind: PageKind, log: (line: string) => void): Promise<PageResult> {
  const url = origin + path;
  log(`${path}: Lighthouse, 3 runs`);
  const lighthouse = await lighthouseMedian(url, chromePath);
  log(`${path}: bytes`);
  const bytes = await measureBytes(browser, url);
  if (kind === 'embed' || kind === 'control') return { path, kind, lighthouse, bytes };
  log(`${path}: first chart on a slow phone, 3 loads`);
  const firstChartMs = await timeToFirstChart(browser, url);
  log(`${path}: scrolling the whole story at 4x CPU slowdown, 3 times`);
  const scroll = await measureScrollJank(browser, url);
  log(`${path}: the page's height at load and at the end, 360 px`);
  const height = await measurePageHeight(browser, url);
  return { path, kind, lighthouse, bytes, firstChartMs, scroll, height };
}
