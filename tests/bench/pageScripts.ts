// What JavaScript a page makes the browser fetch, in gzipped bytes: shared by the bench and the budget tests
// so that both count the same way.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface FetchedScript {
  url: string;
  /** The script's body gzipped at level 9, whatever encoding the server sent it with. */
  gzipBytes: number;
}

export const gzipBytes = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Starts recording the scripts a page fetches; call before page.goto. */
export function recordScripts(page: Page): { fetched: () => Promise<FetchedScript[]> } {
  const pending: Promise<FetchedScript | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), gzipBytes: gzipBytes(body) }))
        // A script the page navigated away from has no body left to count.
        .catch(() => undefined),
    );
  });
  return {
    fetched: async () => {
      const scripts = (await Promise.all(pending)).filter((s): s is FetchedScript => s !== undefined);
      return [...new Map(scripts.map((s) => [s.url, s])).values()];
    },
  };
}

export const totalBytes = (scripts: readonly FetchedScript[]): number => scripts.reduce((sum, s) => sum + s.gzipBytes, 0);

/** "1.js 2.1 KB, 2.js 0.4 KB": which scripts made a total, largest first, for a failure message. */
export function describeScripts(scripts: readonly FetchedScript[]): string {
  return [...scripts]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((s) => `${new URL(s.url).pathname} ${kilobytes(s.gzipBytes)}`)
    .join(', ');
}

/**
 * Scrolls from the top of the page to its end the way a reader does, a fraction of a screen at a time, so
 * that every step of every chart crosses the trigger line and everything loaded on the way has been asked for.
 */
export async function scrollThroughPage(page: Page, { stride = 0.25, pauseMs = 120 } = {}): Promise<void> {
  await page.evaluate(
    async ({ stride, pauseMs }) => {
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      window.scrollTo(0, 0);
      while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
        const before = window.scrollY;
        window.scrollBy(0, Math.round(window.innerHeight * stride));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await pause(pauseMs);
        if (window.scrollY === before) break;
      }
    },
    { stride, pauseMs },
  );
}
