// Whether the scroll bar tells a phone reader where they are: the story's height when it has loaded, against its
// height once read to the end. Parts of the page laid out only as they come near must reserve their real size.
import type { Browser } from '@playwright/test';
import { scrollThroughPage } from './pageScripts.ts';

/** The narrowest phone the story is read on, upright. */
const phone = { width: 360, height: 740 };

export interface PageHeight {
  atLoadPx: number;
  atEndPx: number;
  /** At load ÷ at the end: 1 when nothing grows or shrinks under the reader. */
  ratio: number;
}

export async function measurePageHeight(browser: Browser, url: string): Promise<PageHeight> {
  const context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const height = () => page.evaluate(() => document.scrollingElement!.scrollHeight);
    await page.evaluate(() => document.fonts.ready);
    const atLoadPx = await height();
    await scrollThroughPage(page, { stride: 1, pauseMs: 50 });
    const atEndPx = await height();
    return { atLoadPx, atEndPx, ratio: atLoadPx / atEndPx };
  } finally {
    await context.close();
  }
}
