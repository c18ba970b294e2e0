import type { CDPSession, Page } from '@playwright/test';
import { settled } from '../support/frames.ts';
import { sideBySideQuery } from '../../src/client/screenLayouts.ts';

/** The screens a reader of the story uses: two phones held upright, one held sideways, two laptops. */
export const readingScreens = [
  { name: 'phone 360', width: 360, height: 740, phone: true },
  { name: 'phone 390', width: 390, height: 844, phone: true },
  { name: 'phone 740', width: 740, height: 360, phone: true },
  { name: 'laptop 1280', width: 1280, height: 800, phone: false },
  { name: 'laptop 1440', width: 1440, height: 900, phone: false },
] as const;
export type ReadingScreen = (typeof readingScreens)[number];

/** Browser-context options that make a screen behave as that device does (touch, mobile viewport). */
export function screenOptions(screen: ReadingScreen) {
  return { viewport: { width: screen.width, height: screen.height }, isMobile: screen.phone, hasTouch: screen.phone };
}

/**
 * How far to scroll so that a step is where a reader reads it: on a phone held upright, its card fully come up from
 * the bottom of the screen (its bottom at the screen's bottom); beside the chart (laptops, phones held sideways), its
 * middle at the middle of the screen.
 */
export function distanceToReadingPosition(page: Page, stepId: string): Promise<number> {
  return page.evaluate(
    ([id, query]) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      const beside = window.matchMedia(query).matches;
      return Math.round(beside ? box.top + box.height / 2 - window.innerHeight / 2 : box.bottom - window.innerHeight);
    },
    [stepId, sideBySideQuery] as const,
  );
}

/** Scrolls by `distance` px as a reader does: a finger's swipe on a phone, the mouse wheel on a laptop. */
export async function scrollLikeAReader(page: Page, cdp: CDPSession | undefined, distance: number, screen: ReadingScreen): Promise<void> {
  if (distance === 0) return;
  if (cdp) {
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(screen.width / 2),
      y: Math.round(screen.height * 0.6),
      yDistance: -distance,
      gestureSourceType: 'touch',
      speed: 4800,
      repeatCount: 0,
    });
  } else {
    await page.mouse.move(screen.width / 2, screen.height / 2);
    for (let left = distance; left !== 0;) {
      const tick = Math.sign(left) * Math.min(Math.abs(left), 400);
      await page.mouse.wheel(0, tick);
      left -= tick;
    }
  }
  await settled(page);
}

export interface StepView {
  /** The step the figure says it is at, and the step its visible drawing was last drawn at. */
  shown: number;
  drawn: number;
  svg: { top: number; bottom: number; left: number; right: number };
  title: { top: number; bottom: number };
  viewportHeight: number;
  /** Share of the drawing's area on which a step's card (this step's or another still passing) is the topmost thing, 0 to 1. */
  covered: number;
  /** Marks of the drawing whose middle a card covers, by their data-mark name. */
  coveredMarks: string[];
  /** Whether a card covers any of the chart's title. */
  titleCovered: boolean;
  /** Whether a card covers any of the chart's subtitle, which carries the units and the scale. */
  subtitleCovered: boolean;
  /** The step's own card. */
  card: { top: number; bottom: number };
  /** The smallest text the drawing shows, as rendered (its font size times the drawing's scale), px. */
  smallestText: { size: number; text: string };
}

/** What the reader sees of a step's chart, measured with getBoundingClientRect and the topmost element at each point. */
export function viewStep(page: Page, stepId: string): Promise<StepView> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const figure = step.closest('figure')!;
    const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-svg svg')].find((s) => s.checkVisibility())!;
    const box = svg.getBoundingClientRect();
    const title = figure.querySelector('.chart-title')!.getBoundingClientRect();
    const subtitle = figure.querySelector('.chart-graphic .chart-subtitle')!.getBoundingClientRect();
    const coveredAt = (x: number, y: number) => {
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
      const top = document.elementFromPoint(x, y);
      return (top?.closest('.step[id]') ?? null) !== null;
    };
    const grid = 40;
    let covered = 0;
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        if (coveredAt(box.left + ((i + 0.5) * box.width) / grid, box.top + ((j + 0.5) * box.height) / grid)) covered++;
      }
    }
    const coveredMarks = [...svg.querySelectorAll<SVGGraphicsElement>('[data-mark]')]
      .filter((mark) => {
        const r = mark.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        // A mark moved outside the drawing (the timeline zoomed past it) is clipped away, so nothing covers it.
        const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
        return r.width + r.height > 0 && inside && coveredAt(x, y);
      })
      .map((mark) => mark.getAttribute('data-mark') ?? '');
    const textCovered = (text: DOMRect) =>
      [0.05, 0.25, 0.5, 0.75, 0.95].some((fx) => [0.25, 0.75].some((fy) => coveredAt(text.left + fx * text.width, text.top + fy * text.height)));
    const scale = box.width / Number(svg.getAttribute('width'));
    const texts = [...svg.querySelectorAll<SVGTextContentElement>('text, tspan')].filter(
      (t) => t.textContent?.trim() && t.getBoundingClientRect().width > 0 && !t.querySelector('tspan'),
    );
    const sizes = texts.map((t) => ({
      size: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 10) / 10,
      text: t.textContent!.trim().slice(0, 40),
    }));
    const smallestText = sizes.reduce((a, b) => (b.size < a.size ? b : a), { size: Infinity, text: '' });
    const card = step.getBoundingClientRect();
    return {
      titleCovered: textCovered(title),
      subtitleCovered: textCovered(subtitle),
      card: { top: card.top, bottom: card.bottom },
      smallestText,
      shown: Number(figure.dataset['step']),
      drawn: Number(svg.getAttribute('data-step') ?? figure.dataset['step']),
      svg: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
      title: { top: title.top, bottom: title.bottom },
      viewportHeight: window.innerHeight,
      covered: covered / (grid * grid),
      coveredMarks,
    };
  }, stepId);
}

/** Every story step on the page, in order, with its index in its chart. */
export function storySteps(page: Page): Promise<{ id: string; index: number; chart: string }[]> {
  return page.$$eval('scrolly-chart .step[id]', (steps) =>
    steps.map((s) => ({
      id: s.id,
      // Its place among its chart's steps, which the chart's states follow in order.
      index: [...s.parentElement!.querySelectorAll(':scope > .step[id]')].indexOf(s),
      chart: s.closest('scrolly-chart')!.getAttribute('data-chart') ?? '',
    })),
  );
}
