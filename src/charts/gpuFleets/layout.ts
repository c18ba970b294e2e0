import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { legendHeight } from '../shared/legendFlow';
import { drawnShort } from '../shared/shortDrawing';
import { fontSize } from '../shared/theme';
import { stepNoteText } from '../shared/stepNote';
import { textWidthEm, wrapText } from '../shared/wrapText';
import { balancedWrap } from '../shared/wrapLabel';
import type { GpuFleetsData, PreparedFleet } from './prepare';
import { wankaGpus } from '../../data/constants';
import { xDomain } from './state';
import { averageText, fleetDate, holderName, shortHolderName, storyValues, valueText } from './text';

// Pixel geometry, fixed for all steps because Plot draws the axes once. Plain numbers, testable without a DOM.

const lineHeight = 15;

/** Type on a phone is a size smaller, so that each row, and the note, take less height. */
function sizes(width: number) {
  return width < 520
    ? { name: fontSize.tick, nameLine: 14, note: fontSize.tick, noteLine: 15 }
    : { name: fontSize.label, nameLine: lineHeight, note: fontSize.label, noteLine: 17 };
}

export function chartHeight(width: number): number {
  // On a phone ten rows, the axis and its title, and a two-line note need this much; less and the last row sinks
  // onto the axis. No more: the card read below the drawing needs the rest of a 740 px screen.
  return width < 520 ? 445 : 560;
}

export interface RowLayout {
  fleet: PreparedFleet;
  nameLines: string[];
  /** Where the name is anchored: the bottom of its last line on a phone, its middle on a desktop. */
  nameY: number;
  /** On a phone, a name that fits beside its marks sits on their row: its x and which end it is anchored by. */
  inline?: { x: number; anchor: 'start' | 'end' } | undefined;
  markY: number;
  /** Which side of its mark the value goes, so that it stays inside the chart. */
  valueSide: 'right' | 'left';
}

export interface FleetsLayout {
  narrow: boolean;
  /**
   * Laid out to a short screen's height, beside the step's card: one line a row, the name on the marks' line (cut
   * down where the full one does not fit, the month left to the card and the table), the per-firm average's label
   * beside its mark. Only a name that fits beside its marks in neither form takes a line of its own above them.
   */
  short: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  x: ScaleLogarithmic<number, number>;
  legendHeight: number;
  /**
   * Where the legend's first row stands, and the type size its entries are flowed at: a short screen's at the 12 px
   * they are drawn at, not the 13 px the other drawings allow for, and a little higher, to leave the rows their room.
   */
  legend: { y: number; fontSize: number };
  plotTop: number;
  plotBottom: number;
  rows: RowLayout[];
  /** Pieces of the 万卡 line, top to bottom, with gaps where text crosses it. */
  wankaSegments: [number, number][];
  noteTop: number;
  noteLines: (note: string) => string[];
  sizes: ReturnType<typeof sizes>;
}

/**
 * The holder's name, wrapped, then its month: on the name's last line if it fits there on a phone,
 * on a line of its own on a desktop, where the names stand in a column.
 */
function nameLines(fleet: PreparedFleet, narrow: boolean, maxWidth: number, locale: Locale, size: number): string[] {
  const lines = balancedWrap(holderName(fleet, locale), maxWidth, size, locale);
  const date = fleetDate(fleet, locale);
  const joined = `${lines.at(-1)!} · ${date}`;
  if (narrow && textWidthEm(joined) * size <= maxWidth) return [...lines.slice(0, -1), joined];
  return [...lines, date];
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const textWidth = (text: string, size: number) => 1.1 * textWidthEm(text) * size;

/** From a per-firm average's mark to the end of its label, when the label sits beside it (on a short screen). */
export const averageGap = 10;

export function fleetsLayout(
  data: GpuFleetsData,
  {
    width,
    height = chartHeight(width),
    locale,
    t,
    legendLabels,
  }: { width: number; height?: number | undefined; locale: Locale; t: Translate; legendLabels: string[] },
): FleetsLayout {
  const narrow = width < 520;
  const short = drawnShort(height, chartHeight(width));
  // On a phone the names sit above their marks across the full width; on a desktop, in a column at the left.
  const nameColumn = narrow ? 0 : Math.round(width * 0.34);
  const size = sizes(width);
  const legendType = short ? { y: 15, fontSize: fontSize.tick } : { y: 18, fontSize: fontSize.legend };
  const legend = legendHeight(legendLabels, width - 16, { fontSize: legendType.fontSize });
  const top = legendType.y + legend + (short ? 8 : narrow ? 20 : 26);
  const margin = { top, right: narrow ? 18 : 28, bottom: 0, left: narrow ? 14 : nameColumn + 16 };
  const x = scaleLog()
    .domain(xDomain)
    .range([margin.left, width - margin.right]);

  // Notes are wrapped a little short: wrapText keeps an opening bracket with what follows.
  const noteWidth = width - 24 - 2 * size.note;
  const values = storyValues(data, locale, t);
  const noteLines = (note: string) => (short ? [] : wrapText(note, noteWidth, size.note, locale));
  const noteCount = Math.max(0, ...data.steps.map((s) => noteLines(stepNoteText(t, s.note, values)).length));
  const noteTop = height - noteCount * size.noteLine - 8;
  // A short drawing keeps only the tick labels and the axis title under the axis.
  const plotBottom = short ? height - 38 : noteTop - (narrow ? 42 : 44);
  margin.bottom = height - plotBottom;
  const common = {
    narrow,
    short,
    margin,
    x,
    legendHeight: legend,
    legend: legendType,
    plotTop: top,
    plotBottom,
    noteTop,
    noteLines,
    sizes: size,
  };
  if (short) {
    const placed = shortRows(data, { x, top, bottom: plotBottom, width, left: margin.left, locale, t, size: size.name });
    const boxes = placed.flatMap((row) => rowBoxes(row, { x, locale, t, narrow, short, left: margin.left, size }));
    return { ...common, rows: placed, wankaSegments: wankaSegments(x, boxes, top, plotBottom) };
  }

  // Names are wrapped a little short too, since a step may set them in bold.
  const nameWidth = 0.92 * (narrow ? width - margin.left - margin.right : nameColumn);
  const rows = data.fleets.map((fleet) => {
    const lines = nameLines(fleet, narrow, nameWidth, locale, size.name);
    return {
      fleet,
      nameLines: lines,
      inline: narrow ? inlinePlace(fleet, lines, x, { locale, t, width, left: margin.left, size: size.name }) : undefined,
    };
  });
  // A row with a per-firm average carries that label under its marks.
  const need = rows.map((r) => {
    const average = r.fleet.average === undefined ? 0 : narrow ? 12 : 8;
    if (r.inline) return 22 + average;
    return (narrow ? r.nameLines.length * size.nameLine + 19 : r.nameLines.length * lineHeight + 8) + average;
  });
  const spare = Math.max(0, plotBottom - top - need.reduce((a, b) => a + b, 0)) / rows.length;

  let y = top;
  const placed = rows.map((row, i): RowLayout => {
    const rowHeight = need[i]! + spare;
    const averageRoom = row.fleet.average === undefined ? 0 : narrow ? 12 : 8;
    const markY = narrow ? y + rowHeight - (row.inline ? 11 : 10) - averageRoom - spare / 2 : y + rowHeight / 2 - averageRoom / 2;
    const nameY = row.inline ? markY : narrow ? markY - 10 : markY + averageRoom / 2;
    y += rowHeight;
    return { ...row, nameY, markY, valueSide: valueSide(row.fleet, x, { locale, t, width }) };
  });
  const boxes = placed.flatMap((row) => rowBoxes(row, { x, locale, t, narrow, short, left: margin.left, size }));
  return { ...common, rows: placed, wankaSegments: wankaSegments(x, boxes, top, plotBottom) };
}

/**
 * A short screen's rows, one line each: the name on the marks' line, in full where it fits there, else cut down; a
 * name that fits in neither form goes on a line of its own above its marks. The lines share the plot's height.
 */
function shortRows(
  data: GpuFleetsData,
  {
    x,
    top,
    bottom,
    width,
    left,
    locale,
    t,
    size,
  }: { x: ScaleLogarithmic<number, number>; top: number; bottom: number; width: number; left: number; locale: Locale; t: Translate; size: number },
): RowLayout[] {
  const place = { locale, t, width, left, size, averageBeside: true };
  const rows = data.fleets.map((fleet) => {
    const names = [holderName(fleet, locale), shortHolderName(fleet, locale)];
    for (const name of names) {
      const inline = inlinePlace(fleet, [name], x, place);
      if (inline) return { fleet, nameLines: [name], inline };
    }
    return { fleet, nameLines: [names[0]!], inline: undefined };
  });
  const stacked = rows.filter((row) => !row.inline).length;
  const pitch = (bottom - top - stacked * nameLine) / rows.length;
  let y = top;
  return rows.map((row): RowLayout => {
    const markY = y + (row.inline ? 0 : nameLine) + pitch / 2;
    y += (row.inline ? 0 : nameLine) + pitch;
    // A name on its own line is anchored by its bottom, clear of the marks' tops.
    const nameY = row.inline ? markY : markY - 9;
    return { ...row, nameY, markY, valueSide: valueSide(row.fleet, x, { locale, t, width }) };
  });
}

/** The line a short screen's name takes above its marks, where it fits beside them in neither form. */
const nameLine = 14;

/** Which side of its mark a row's value goes: the right, unless it would run off the chart there. */
function valueSide(
  fleet: PreparedFleet,
  x: ScaleLogarithmic<number, number>,
  { locale, t, width }: { locale: Locale; t: Translate; width: number },
): RowLayout['valueSide'] {
  return x(fleet.high) + 10 + textWidth(valueText(fleet, locale, t), fontSize.tick) <= width - 4 ? 'right' : 'left';
}

/** Where a row's texts lie: its name, its value and its per-firm average's label. */
function rowBoxes(
  row: RowLayout,
  {
    x,
    locale,
    t,
    narrow,
    short,
    left,
    size,
  }: {
    x: ScaleLogarithmic<number, number>;
    locale: Locale;
    t: Translate;
    narrow: boolean;
    short: boolean;
    left: number;
    size: ReturnType<typeof sizes>;
  },
): Box[] {
  const { fleet, nameLines, nameY, markY, inline } = row;
  const nameHeight = nameLines.length * size.nameLine;
  const nameWidth = Math.max(...nameLines.map((l) => textWidth(l, size.name)));
  const nameX = inline ? (inline.anchor === 'start' ? inline.x : inline.x - nameWidth) : narrow ? left : 8;
  const boxes: Box[] = [
    inline
      ? { x0: nameX, x1: nameX + nameWidth, y0: nameY - 8, y1: nameY + 8 }
      : narrow
        ? { x0: nameX, x1: nameX + nameWidth, y0: nameY - nameHeight, y1: nameY + 4 }
        : { x0: nameX, x1: nameX + nameWidth, y0: nameY - nameHeight / 2, y1: nameY + nameHeight / 2 },
  ];
  const value = textWidth(valueText(fleet, locale, t), fontSize.tick);
  const vx = row.valueSide === 'right' ? x(fleet.high) + 10 : x(fleet.high) - 10 - value;
  boxes.push({ x0: vx, x1: vx + value, y0: markY - 8, y1: markY + 8 });
  if (fleet.average !== undefined) {
    const average = textWidth(averageText(fleet, locale, t), fontSize.tick);
    // Beside its mark on a short screen, under it elsewhere.
    boxes.push(
      short
        ? { x0: x(fleet.average) - averageGap - average, x1: x(fleet.average) - averageGap, y0: markY - 8, y1: markY + 8 }
        : { x0: x(fleet.average) - 4, x1: x(fleet.average) - 4 + average, y0: markY + 8, y1: markY + 24 },
    );
  }
  return boxes;
}

/** The 万卡 line in pieces, from above the top row to the axis, broken wherever text would run across it. */
function wankaSegments(x: ScaleLogarithmic<number, number>, boxes: readonly Box[], top: number, plotBottom: number): [number, number][] {
  const lineX = x(wankaGpus);
  const cuts = boxes.filter((b) => b.x0 - 3 < lineX && lineX < b.x1 + 3).sort((a, b) => a.y0 - b.y0);
  const segments: [number, number][] = [];
  let from = top - 22;
  for (const cut of cuts) {
    if (cut.y0 - 2 > from) segments.push([from, cut.y0 - 2]);
    from = Math.max(from, cut.y1 + 2);
  }
  if (plotBottom > from) segments.push([from, plotBottom]);
  return segments;
}

/**
 * A name on one line goes on its marks' row where it fits whole: left of the leftmost mark, or right of the
 * value. The 万卡 line breaks around it, as around any text.
 */
function inlinePlace(
  fleet: PreparedFleet,
  lines: string[],
  x: ScaleLogarithmic<number, number>,
  {
    locale,
    t,
    width,
    left,
    size,
    averageBeside = false,
  }: { locale: Locale; t: Translate; width: number; left: number; size: number; averageBeside?: boolean },
): RowLayout['inline'] {
  if (lines.length !== 1) return undefined;
  const name = textWidth(lines[0]!, size);
  const marksStart = x(Math.min(fleet.low, fleet.average ?? fleet.low)) - (fleet.low < fleet.high ? 4 : 10);
  // A per-firm average's label set beside its mark stands left of the marks too.
  const averageStart =
    averageBeside && fleet.average !== undefined
      ? x(fleet.average) - averageGap - textWidth(averageText(fleet, locale, t), fontSize.tick) - 10
      : marksStart;
  const leftmost = Math.min(marksStart, averageStart);
  if (leftmost - name >= left) return { x: leftmost, anchor: 'end' };
  const value = textWidth(valueText(fleet, locale, t), fontSize.tick);
  const valueEnd = x(fleet.high) + 10 + value;
  if (valueEnd + 12 + name <= width - 4) return { x: valueEnd + 12, anchor: 'start' };
  return undefined;
}
