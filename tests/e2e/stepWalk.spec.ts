import { expect, test, type Page } from '@playwright/test';
import { afterFrames } from '../support/frames';
import { inScope, languages } from '../support/scope';
import { distanceToReadingPosition, readingScreens, screenOptions, scrollLikeAReader, storySteps, viewStep } from '../tools/readingPosition';
import { measureContrast, measureLabels } from './drawingChecks';
import { findCollisions, type MeasuredText } from './glyphBoxes';

// One walk through every step of the story, in both languages, on two phones held upright, one held sideways and two
// laptops, each step reached by swiping (phones) or the mouse wheel (laptops) from the step before. Where a reader
// reads each step:
// - the chart beside or above it shows that step, whole, with its title, and the step's card covers none of it;
// - on the phone held sideways, the drawing's text is set at a legible size and the step's card fits the screen;
// - on one phone and one laptop (the narrow and the wide drawing), every text of the drawing keeps 3:1 against the
//   chart's background, active text 4.5:1, in the light and the dark theme (switched in place, not reloaded);
// - and no label overlaps another, crosses a threshold line or leaves the drawing.
// Motion is off: where marks sit once a step has landed is what is measured, not how they move there.

const allowedCover = 0.05;
// CHARTS=timeline,training-days checks only those charts' steps; the reader still scrolls through every step, so each
// is reached from the one before, as in a full run.
const charts = process.env['CHARTS']?.split(',');
const screens = inScope(readingScreens);
/** The screens on which the drawing itself is read: one shows the narrow drawing, the other the wide one. */
const drawingScreens = new Set(['phone 360', 'laptop 1280']);
/** The short screen, where the browser draws the chart to the screen's height. */
const shortScreens = new Set(['phone 740']);
/** The smallest text a reader can read on a phone, px: Chinese characters need a pixel more. */
const smallestText = { en: 11, zh: 12 } as const;

const describeText = (t: MeasuredText) => `"${t.text}"`;

/** The step a step's figure says it is at, and the step its visible drawing was last drawn at. */
function drawnStep(page: Page, stepId: string): Promise<{ shown: number; drawn: number }> {
  return page.evaluate((id) => {
    const figure = document.getElementById(id)!.closest('figure')!;
    const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-svg svg')].find((s) => s.checkVisibility())!;
    return { shown: Number(figure.dataset['step']), drawn: Number(svg.getAttribute('data-step') ?? figure.dataset['step']) };
  }, stepId);
}

/** Which drawing of a step's figure shows: narrow, wide, or the short one drawn in the browser. */
function shownLayout(page: Page, stepId: string): Promise<string | undefined> {
  return page.evaluate((id) => {
    const figure = document.getElementById(id)!.closest('figure')!;
    return [...figure.querySelectorAll<HTMLElement>('.chart-svg')].find((h) => h.checkVisibility())?.dataset['layout'];
  }, stepId);
}

/** Contrast problems of the drawing a step shows, in the colour scheme the page is in now. */
async function contrastProblems(page: Page, stepId: string, where: string, theme: string): Promise<string[]> {
  const views = await measureContrast(page, stepId);
  if (views.length === 0) return [`${where}: no text to read in the ${theme} theme`];
  return views
    .filter((v) => v.ratio < (v.active ? 4.5 : 3))
    .map(
      (v) =>
        `${where}, ${theme}: "${v.text.slice(0, 40)}" ${v.ratio}:1 (${v.active ? 'active' : 'faded'}, ${v.color}), needs ${v.active ? 4.5 : 3}:1`,
    );
}

async function labelProblems(page: Page, stepId: string, where: string): Promise<string[]> {
  const drawing = await measureLabels(page, stepId);
  if (drawing.texts.length === 0) return [`${where}: no labels drawn`];
  return findCollisions(drawing).map((c) => {
    if (c.kind === 'overlap') return `${where}: ${describeText(c.a)} overlaps ${describeText(c.b)} by ${c.width}×${c.height} px`;
    if (c.kind === 'line') return `${where}: ${describeText(c.a)} crosses the ${c.line} line`;
    return `${where}: ${describeText(c.a)} runs ${c.by} px outside the drawing (${c.side})`;
  });
}

for (const screen of screens) {
  for (const lang of languages) {
    test.describe(`${lang} on a ${screen.name}×${screen.height} screen`, () => {
      test.use({ ...screenOptions(screen), reducedMotion: 'reduce', colorScheme: 'light' });
      const readsDrawing = drawingScreens.has(screen.name);

      test(`at every step, where its text is read, the chart shows that step, whole, titled and uncovered${readsDrawing ? ', its text legible in both themes and its labels clear of each other' : ''}`, async ({
        page,
      }) => {
        test.setTimeout(150_000);
        await page.goto(`/${lang}/`);
        await page.evaluate(() => document.fonts.ready);
        const cdp = screen.phone ? await page.context().newCDPSession(page) : undefined;
        const steps = await storySteps(page);
        expect(steps.length).toBeGreaterThan(0);
        const problems: string[] = [];
        for (const step of steps) {
          await scrollLikeAReader(page, cdp, await distanceToReadingPosition(page, step.id), screen);
          // A swipe ends within a few pixels of where it aimed; the rest is made up at once.
          const rest = await distanceToReadingPosition(page, step.id);
          if (Math.abs(rest) > 1) {
            await page.evaluate((dy) => window.scrollBy(0, dy), rest);
            await afterFrames(page);
          }
          // The figure takes the step, and its visible drawing follows; a chart that never gets there is reported below.
          await expect
            .poll(() => drawnStep(page, step.id), { message: `${step.id}: the chart moves to step ${step.index}`, timeout: 5000 })
            .toEqual({ shown: step.index, drawn: step.index })
            .catch(() => undefined);
          if (charts && !charts.includes(step.chart)) continue;
          // On the short screen the chart is drawn again in the browser, to the screen's height, once its code is here.
          if (shortScreens.has(screen.name)) {
            await expect
              .poll(() => shownLayout(page, step.id), { message: `${step.id}: the short drawing shows`, timeout: 5000 })
              .toBe('short')
              .catch(() => undefined);
          }
          // The step's drawing lands in the frames after its data-step: wait for them and for any CSS transition.
          await afterFrames(page);
          await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
          const view = await viewStep(page, step.id);
          const where = `${step.id} (${step.chart}, step ${step.index + 1})`;
          if (view.shown !== step.index || view.drawn !== step.index) problems.push(`${where}: the chart shows step ${view.drawn + 1}`);
          if (view.svg.top < -0.5 || view.svg.bottom > view.viewportHeight + 0.5) {
            problems.push(
              `${where}: the drawing runs from ${Math.round(view.svg.top)} to ${Math.round(view.svg.bottom)} px on a ${view.viewportHeight} px screen`,
            );
          }
          if (view.title.top < -0.5 || view.title.bottom > view.viewportHeight + 0.5) problems.push(`${where}: the chart's title is off screen`);
          if (view.titleCovered) problems.push(`${where}: a card covers the chart's title`);
          if (view.subtitleCovered) problems.push(`${where}: a card covers the chart's subtitle`);
          if (view.covered > allowedCover) problems.push(`${where}: the card covers ${(view.covered * 100).toFixed(1)}% of the drawing`);
          if (view.coveredMarks.length > 0) problems.push(`${where}: the card covers marks ${view.coveredMarks.join(', ')}`);
          if (shortScreens.has(screen.name)) {
            if (view.smallestText.size < smallestText[lang]) {
              problems.push(`${where}: "${view.smallestText.text}" is set at ${view.smallestText.size} px`);
            }
            if (view.card.top < -0.5 || view.card.bottom > view.viewportHeight + 0.5) {
              problems.push(`${where}: the card runs from ${Math.round(view.card.top)} to ${Math.round(view.card.bottom)} px`);
            }
          }
          if (!readsDrawing) continue;
          problems.push(...(await labelProblems(page, step.id, where)));
          problems.push(...(await contrastProblems(page, step.id, where, 'light')));
          await page.emulateMedia({ colorScheme: 'dark' });
          problems.push(...(await contrastProblems(page, step.id, where, 'dark')));
          await page.emulateMedia({ colorScheme: 'light' });
        }
        expect(problems).toEqual([]);
      });
    });
  }
}
