// What a reader on a slow phone feels while reading: long tasks and long animation frames recorded while a
// script scrolls the whole page at 4x CPU slowdown, after the page has loaded and settled.
import type { Browser } from '@playwright/test';
import { phonePage, slowCpu } from './mobile.ts';
import { scrollThroughPage } from './pageScripts.ts';

export interface ScrollJank {
  /** Long tasks in each of the scrolls, in run order, to show the spread; the rest is the median scroll's. */
  runLongTasks: number[];
  /** How many times a chart moved to another step during the scroll. */
  stepChanges: number;
  longTasks: number;
  /** Long tasks in which a chart or its drawing moved to another step: what the reader's own scrolling set off. */
  stepChangeLongTasks: number;
  longestTaskMs: number;
  longAnimationFrames: number;
  longestFrameMs: number;
  /** Sum of the frames' blocking time: the part of each long task past 50 ms. */
  frameBlockingMs: number;
  /** The longest frames: which chart moved to which step in them, and the scripts that ran, to say what to fix. */
  culprits: { frameMs: number; stepChanges: string[]; scripts: string[] }[];
}

interface Recorded {
  longTasks: { start: number; duration: number }[];
  frames: { start: number; duration: number; blocking: number; scripts: string[] }[];
  /** `drawing` when the chart's SVG moved to the step, else the figure took it. */
  stepChanges: { at: number; chart: string; step: string; drawing: boolean }[];
}

declare global {
  interface Window {
    __jank: Recorded;
  }
}

/** Installed before any page script: records every long task and long animation frame from the start. */
function recordJank(): void {
  window.__jank = { longTasks: [], frames: [], stepChanges: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__jank.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      blockingDuration: number;
      scripts: { sourceURL: string; invoker: string; duration: number }[];
    })[]) {
      window.__jank.frames.push({
        start: entry.startTime,
        duration: entry.duration,
        blocking: entry.blockingDuration,
        scripts: entry.scripts.map((s) => `${s.invoker} (${new URL(s.sourceURL || location.href).pathname}, ${Math.round(s.duration)} ms)`),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  // A step change is recorded twice: when the figure takes the step, and when its drawing moves to it, which may
  // be in a later task. A long task that does either is a step change's.
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      const drawing = target.matches('svg[data-step]');
      const figure = drawing
        ? target.closest<HTMLElement>('figure[data-chart]')
        : target.matches('figure[data-chart]')
          ? (target as HTMLElement)
          : null;
      if (!figure) continue;
      window.__jank.stepChanges.push({
        at: performance.now(),
        chart: figure.dataset['chart'] ?? '',
        step: target.getAttribute('data-step') ?? '',
        drawing,
      });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
}

async function scrollOnce(browser: Browser, url: string, cpuSlowdown: number): Promise<Omit<ScrollJank, 'runLongTasks'>> {
  const page = await phonePage(browser);
  await page.addInitScript(recordJank);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const start = await page.evaluate(() => performance.now());
  await slowCpu(page, cpuSlowdown);
  // A quarter screen every 150 ms or so: a skimming reader, whose scrolling overlaps the transitions.
  await scrollThroughPage(page, { pauseMs: 150 });
  await page.waitForTimeout(1500);
  await slowCpu(page, 1);
  const recorded = await page.evaluate(() => window.__jank);
  await page.context().close();

  const tasks = recorded.longTasks.filter((t) => t.start >= start);
  const frames = recorded.frames.filter((f) => f.start >= start).sort((a, b) => b.duration - a.duration);
  const changes = recorded.stepChanges.filter((c) => c.at >= start);
  const changesIn = (frame: Recorded['frames'][number]) =>
    changes
      .filter((c) => c.at >= frame.start && c.at <= frame.start + frame.duration)
      .map((c) => `${c.chart} → step ${Number(c.step) + 1}${c.drawing ? ' (drawing)' : ''}`);
  return {
    stepChanges: changes.filter((c) => !c.drawing).length,
    longTasks: tasks.length,
    stepChangeLongTasks: tasks.filter((t) => changes.some((c) => c.at >= t.start && c.at <= t.start + t.duration)).length,
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    longAnimationFrames: frames.length,
    longestFrameMs: Math.round(frames[0]?.duration ?? 0),
    frameBlockingMs: Math.round(frames.reduce((sum, f) => sum + f.blocking, 0)),
    culprits: frames.slice(0, 5).map((f) => ({ frameMs: Math.round(f.duration), stepChanges: changesIn(f), scripts: f.scripts.slice(0, 3) })),
  };
}

/**
 * Scrolls `runs` times and keeps the median scroll by long tasks: other work on the machine can only add to a
 * task, so one busy moment should not decide the result.
 */
export async function measureScrollJank(browser: Browser, url: string, runs = 3, cpuSlowdown = 4): Promise<ScrollJank> {
  const scrolls: Omit<ScrollJank, 'runLongTasks'>[] = [];
  for (let i = 0; i < runs; i++) scrolls.push(await scrollOnce(browser, url, cpuSlowdown));
  const ranked = [...scrolls].sort((a, b) => a.longTasks - b.longTasks || a.longestTaskMs - b.longestTaskMs);
  return { runLongTasks: scrolls.map((s) => s.longTasks), ...ranked[Math.floor(ranked.length / 2)]! };
}
