// An embed page shows its chart with JavaScript off: the build draws it as SVG into the HTML. Read from the built
// files, the drawing must be there, at a readable size, with marks in it, and not hidden by the markup.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { builtFileOf, builtPages, storyCharts } from '../support/builtSite';

// The smallest drawing that counts as the chart rather than an icon or an empty frame. Every chart now draws 38 or more marks.
const minSize = { width: 200, height: 100 };
const minMarks = 20;
const marks = 'circle, ellipse, image, line, path, polygon, polyline, rect, text, use';

/** The size an SVG is drawn at: its viewBox, or failing that its width and height attributes. */
function drawnSize(svg: Element): { width: number; height: number } {
  const box = svg
    .getAttribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4) return { width: box[2]!, height: box[3]! };
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

/** Why the markup would keep an element from being shown, if it would: checked on the SVG and every element around it. */
function hiddenBy(element: Element): string | undefined {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const name = el.tagName.toLowerCase();
    const style = el.getAttribute('style') ?? '';
    if (el.hasAttribute('hidden')) return `${name}[hidden]`;
    if (/(^|;)\s*display\s*:\s*none/i.test(style) || el.getAttribute('display') === 'none') return `${name} display:none`;
    if (/(^|;)\s*visibility\s*:\s*hidden/i.test(style) || el.getAttribute('visibility') === 'hidden') return `${name} visibility:hidden`;
  }
  return undefined;
}

const embedPages = builtPages().filter((path) => path.startsWith('/embed/'));

test('the build has two embed pages for every chart in both languages: one step at a time, and every step side by side', () => {
  expect(embedPages.filter((path) => !path.endsWith('/steps/')).length).toBe(storyCharts.length * 2);
  expect(embedPages.filter((path) => path.endsWith('/steps/')).length).toBe(storyCharts.length * 2);
});

for (const path of embedPages) {
  test(`${path} shows its chart as SVG with no script run`, () => {
    const doc = new JSDOM(readFileSync(builtFileOf(path), 'utf8')).window.document;
    const drawings = [...doc.querySelectorAll('figure[data-chart] :is(.chart-svg, .step-drawing) > svg')].map((svg) => ({
      layout: svg.parentElement?.getAttribute('data-layout') ?? null,
      ...drawnSize(svg),
      marks: svg.querySelectorAll(marks).length,
      hidden: hiddenBy(svg) ?? null,
    }));
    expect(
      drawings.some((d) => d.width >= minSize.width && d.height >= minSize.height && d.marks >= minMarks && d.hidden === null),
      `${path}: no chart SVG of at least ${minSize.width}×${minSize.height} with ${minMarks} marks, shown without JavaScript (found ${JSON.stringify(drawings)})`,
    ).toBe(true);
  });
}
