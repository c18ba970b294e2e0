import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { drawnMarks, drawnTexts, type DrawnMark, type DrawnText } from './drawnBoxes';
import { distanceToBox, type Box } from '../../src/charts/shared/labels';
import { figureWidths, shortDrawing } from '../../src/charts/widths';

// Each chart at every step, both widths and the short drawing's (laid out to a short screen's height), both languages:
// no label lies on a dot or symbol that is not its own, no label without a halo is crossed by a line that is not its
// own (leaders, reference and data lines), no label lies on an axis line (or the gridline at zero), a tick mark or a
// tick label, a label set beside a dot of its own (no leader, within a line's height) sits nearer it than any other
// dot, and no figure is broken from its unit or currency sign across two lines.
// Boxes are the layouts' own estimates of text (labels.ts), so a pixel or two of contact is not counted.
const tolerance = 1.5;

const overlap = (a: Box, b: Box) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance;

/** Whether a segment passes through a box shrunk by the tolerance (Liang–Barsky clipping). */
function crosses({ x0, y0, x1, y1 }: Box, box: Box): boolean {
  const [left, right, top, bottom] = [box.x0 + tolerance, box.x1 - tolerance, box.y0 + tolerance, box.y1 - tolerance];
  const [dx, dy] = [x1 - x0, y1 - y0];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, x0 - left],
    [dx, right - x0],
    [-dy, y0 - top],
    [dy, bottom - y0],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

/** How near its dot a label is set when it sits beside it, not at the end of a leader or above a row. */
const besideDot = 14;

// A dot keeps this much room around its outline, so that a label does not touch it either.
const dotClearance = 1;
// A tick label keeps a little more: a label set just under a row of tick labels reads as jammed into it.
const tickClearance = 2;
const around = (b: Box, by: number): Box => ({ x0: b.x0 - by, x1: b.x1 + by, y0: b.y0 - by, y1: b.y1 + by });

const related = (text: DrawnText, mark: DrawnMark) => [...text.keys].some((key) => mark.keys.has(key));

// A line that ends on a currency sign, inside a number, or on a figure whose unit starts the next line.
const currencyAtEnd = /(?:US\$|[$¥€£])$/;
const figureAtEnd = /(?:^|[\s$¥€£])\d[\d.,]*$/;
const insideNumberAtEnd = /\d[.,]$/;
const unitAtStart = /^(?:%|bn\b|m\b|k\b|pp\b|亿|万|美元|元|倍|个百分点)/;
function brokenFigures(lines: readonly string[]): string[] {
  return lines
    .slice(1)
    .map((next, i) => [lines[i]!, next] as const)
    .filter(
      ([line, next]) =>
        currencyAtEnd.test(line) || (insideNumberAtEnd.test(line) && /^\d/.test(next)) || (figureAtEnd.test(line) && unitAtStart.test(next)),
    )
    .map(([line, next]) => `"${line} / ${next}" breaks a figure from its unit`);
}

function clashes(svg: Element): string[] {
  const marks = drawnMarks(svg);
  const found: string[] = [];
  const dots = marks.filter((m) => m.kind === 'dot');
  const centre = (b: Box) => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2] as const;
  const distance = (text: DrawnText, dot: DrawnMark) => distanceToBox(text.box, ...centre(dot.box));
  const texts = drawnTexts(svg);
  const ticks = texts.filter((t) => t.tick);
  for (const text of texts) {
    found.push(...brokenFigures(text.lines));
    const own = dots.filter((d) => related(text, d));
    const near = Math.min(...own.map((d) => distance(text, d)));
    if (near <= besideDot) {
      const other = dots.find((d) => !related(text, d) && distance(text, d) < near);
      if (other) found.push(`"${text.text}" is nearer the mark ${other.name} than its own`);
    }
    if (!text.tick) {
      const tick = ticks.find((t) => overlap(around(t.box, tickClearance), text.box));
      if (tick) found.push(`"${text.text}" lies on the tick label "${tick.text}"`);
    }
    for (const mark of marks) {
      // A tick label belongs to its axis and is set where its tick and gridline end.
      if (related(text, mark) || (text.tick && (mark.axis || mark.grid))) continue;
      if (mark.kind === 'dot' && overlap(text.box, around(mark.box, dotClearance))) found.push(`"${text.text}" lies on the mark ${mark.name}`);
      if (mark.kind !== 'line' || !crosses(mark.box, text.box)) continue;
      if (mark.axis) found.push(`"${text.text}" lies on the axis line ${mark.name}`);
      else if (!text.halo && !mark.grid) found.push(`"${text.text}" is crossed by the line ${mark.name}`);
    }
  }
  return [...new Set(found)];
}

const builtSizes = Object.values(figureWidths).map((width) => ({ width, height: undefined, name: `${width}` }));
const shortSizes = shortDrawing.widths.map((width) => ({ width, height: shortDrawing.height, name: `${width}×${shortDrawing.height}` }));

describe.each(charts.map((c) => [c.id, c.stepCount] as const))('%s', (chartId, stepCount) => {
  const chart = charts.find((c) => c.id === chartId)!;
  const data = chart.prepare(dataset());
  for (const locale of locales) {
    for (const { width, height, name } of [...builtSizes, ...shortSizes]) {
      test(`${locale}, ${name}: at every step its labels keep clear of marks and lines not their own`, () => {
        const found: string[] = [];
        for (let step = 0; step < stepCount; step++) {
          const document = new JSDOM('').window.document;
          const svg = chart.render(data, { locale, step, width, height, document, idPrefix: chartId });
          found.push(...clashes(svg).map((c) => `step ${step}: ${c}`));
        }
        expect(found).toEqual([]);
      });
    }
  }
});
