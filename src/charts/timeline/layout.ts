import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatDate } from '../shared/format';
import { drawnShort } from '../shared/shortDrawing';
import { fontSize } from '../shared/theme';
import { stepNoteText } from '../shared/stepNote';
import { textWidthEm, wrapText } from '../shared/wrapText';
import { wrapLabel } from '../shared/wrapLabel';
import type { Lane, PreparedEvent, TimelineData } from './prepare';
import type { TimelineState } from './state';
import { formatMonthTick, formatYearTick } from '../shared/format';

/** The drawing's own height at a width: on a phone, the title and drawing fill the upper part of the screen. */
export function chartHeight(width: number): number {
  return width < 520 ? 425 : 520;
}

// Geometry of the chart as plain numbers, apart from the drawing, so that tests can check that labels
// neither overlap nor leave the chart.

export const text = { label: 13, date: 12, lineHeight: 16, dateHeight: 14, note: 13, noteLine: 17 } as const;
const stackGap = 4;
// Room kept between a label and a leader it passes.
const leaderGap = 4;

/** On a phone the lanes sit closer, labels run wider and so wrap less, and the note is set a size smaller. */
function spacing(width: number) {
  return width < 520
    ? { laneHeader: 18, dotZone: 18, fadedLane: 30, maxLabelWidth: 280, inlineDates: true, note: 12, noteLine: 15, axis: 28 }
    : { laneHeader: 22, dotZone: 24, fadedLane: 46, maxLabelWidth: 176, inlineDates: false, note: text.note, noteLine: text.noteLine, axis: 34 };
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LaneBox {
  lane: Lane;
  top: number;
  height: number;
  dotY: number;
}

export interface EventLabel {
  id: string;
  lane: Lane;
  lines: string[];
  date: string;
  /** The date follows the label on its one line, rather than taking a line of its own. */
  dateInline: boolean;
  anchor: 'start' | 'end';
  /** Where the leader leaves the mark. */
  markX: number;
  markY: number;
  box: Box;
  /** Set over a halo: another label's leader passes at its edge. */
  halo?: boolean;
}

export interface Tick {
  key: string;
  x: number;
  /** Where the tick's text is centred: at the tick, or nudged inward so that it is not cut at an edge. */
  textX: number;
  text: string;
}

export interface TimelineLayout {
  x: ScaleTime<number, number>;
  /** Vertical nudges, in pixels from the lane's dot line, of dots moved apart so that they do not overlap. */
  offsets: Map<string, number>;
  /** The step's window when it is a close-up of a shorter stretch than the first step's; else undefined. */
  zoom: [string, string] | undefined;
  margin: { left: number; right: number };
  plotTop: number;
  plotBottom: number;
  lanes: LaneBox[];
  labels: EventLabel[];
  ticks: Tick[];
  noteTop: number;
  noteLines: string[];
  noteSize: number;
  noteLine: number;
}

export const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function labelText(event: PreparedEvent, locale: Locale): string {
  return locale === 'zh' ? event.label_zh : event.label_en;
}

/** The point of a mark that labels and leaders attach to: the day, or the middle of a month or year. */
export function markX(event: PreparedEvent, x: ScaleTime<number, number>): number {
  return event.precision === 'day' ? x(utc(event.date)) : (x(utc(event.date)) + x(utc(event.end))) / 2;
}

function ticksFor([from, to]: [string, string], x: ScaleTime<number, number>, locale: Locale, width: number): Tick[] {
  const start = utc(from);
  const end = utc(to);
  const monthly = end.getTime() - start.getTime() < 400 * 86_400_000;
  const ticks: Tick[] = [];
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), monthly ? start.getUTCMonth() : 0, 1)); d < end;) {
    if (d >= start) {
      const january = d.getUTCMonth() === 0;
      const label = monthly ? formatMonthTick(locale, d, january) : formatYearTick(locale, d);
      const half = (textWidthEm(label) * fontSize.tick) / 2 + 2;
      ticks.push({ key: d.toISOString().slice(0, 10), x: x(d), textX: Math.min(width - half, Math.max(half, x(d))), text: label });
    }
    d = monthly ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)) : new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
  }
  return ticks;
}

/** The radius of a day's dot; a labelled dot is drawn one pixel larger. */
export const dotRadius = (width: number): number => (width < 520 ? 4.5 : 5.5);

/**
 * In a close-up, dots a day or two apart would still overlap (26, 27 and 29 January 2024): where a cluster
 * holds a labelled dot, the labelled dots step up a row each, in date order, and the others step down, so each
 * stays at its date and can be seen. At the full span days share a pixel, and clusters are read as clusters.
 */
function dodgeOffsets(
  data: TimelineData,
  state: TimelineState,
  x: ScaleTime<number, number>,
  width: number,
  labelled: ReadonlySet<string>,
): Map<string, number> {
  const offsets = new Map<string, number>();
  const rowStep = 2 * (dotRadius(width) + 1) + 1;
  for (const lane of data.lanes) {
    const dots = state.events
      .filter((e) => e.inDomain && e.event.lane === lane && e.event.precision === 'day')
      .map((e) => ({ id: e.event.id, x: markX(e.event, x), labelled: labelled.has(e.event.id) }))
      .sort((a, b) => a.x - b.x);
    let cluster: typeof dots = [];
    const flush = () => {
      if (cluster.length > 1 && cluster.length <= 4 && cluster.some((d) => d.labelled)) {
        cluster.filter((d) => d.labelled).forEach((d, i) => offsets.set(d.id, -i * rowStep));
        cluster.filter((d) => !d.labelled).forEach((d, i) => offsets.set(d.id, (i + 1) * rowStep));
      }
      cluster = [];
    };
    for (const dot of dots) {
      if (cluster.length > 0 && dot.x - cluster.at(-1)!.x >= rowStep) flush();
      cluster.push(dot);
    }
    flush();
  }
  return offsets;
}

const overlaps = (a: Box, b: Box, gap: number) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Stacks one lane's labels upwards from the marks, each at the lowest height where it overlaps no label placed
 * before it and no leader rising to one. Start-anchored labels go right to left and end-anchored ones left to right,
 * so that a leader rising to a higher label never crosses a lower one; a label that spans other labels' marks goes
 * above their labels, so that their leaders stop below it. Boxes are relative to the dot line (y = 0).
 */
function stackLane(
  labels: Omit<EventLabel, 'box' | 'markY'>[],
  widthOf: (l: Omit<EventLabel, 'box' | 'markY'>) => number,
  bounds: { left: number; right: number },
  /** How far above the dot line the lane's highest dot sits, when dots are moved apart. */
  raised = 0,
) {
  const spanOf = (label: Omit<EventLabel, 'box' | 'markY'>) => {
    const width = widthOf(label);
    const x0 = label.anchor === 'start' ? Math.min(label.markX, bounds.right - width) : label.markX - width;
    return { x0, x1: x0 + width };
  };
  const spans = (label: Omit<EventLabel, 'box' | 'markY'>, x: number) => {
    const { x0, x1 } = spanOf(label);
    return x0 - leaderGap < x && x < x1 + leaderGap;
  };
  // A label goes above every label whose mark it spans; where two span each other's, the reading order decides.
  const waiting = [
    ...labels.filter((l) => l.anchor === 'start').sort((a, b) => b.markX - a.markX),
    ...labels.filter((l) => l.anchor === 'end').sort((a, b) => a.markX - b.markX),
  ];
  // Where each spans another's mark, the one that reaches least far over a mark goes lowest, set over a halo so that
  // the leader passing at its edge does not strike it.
  const reach = (label: Omit<EventLabel, 'box' | 'markY'>, x: number) => {
    const { x0, x1 } = spanOf(label);
    return spans(label, x) ? Math.min(x - (x0 - leaderGap), x1 + leaderGap - x) : 0;
  };
  const order: (typeof waiting)[number][] = [];
  const haloed = new Set<string>();
  while (waiting.length > 0) {
    let ready = waiting.findIndex((l) => waiting.every((other) => other === l || !spans(l, other.markX)));
    if (ready < 0) {
      const deepest = waiting.map((l) => Math.max(...waiting.filter((o) => o !== l).map((o) => reach(l, o.markX))));
      ready = deepest.indexOf(Math.min(...deepest));
      haloed.add(waiting[ready]!.id);
    }
    order.push(...waiting.splice(ready, 1));
  }
  const placed: EventLabel[] = [];
  for (const label of order) {
    const { x0, x1 } = spanOf(label);
    const height = label.lines.length * text.lineHeight + (label.dateInline ? 0 : text.dateHeight);
    let bottom = -10 - raised;
    for (;;) {
      const box = { x0, x1, y0: bottom - height, y1: bottom };
      // A placed label's leader rises from its mark to its box: a box across that column must sit above it.
      const blocker = placed.find((p) => overlaps(p.box, box, 8) || (spans(label, p.markX) && box.y1 > p.box.y0 - stackGap));
      if (!blocker) {
        placed.push({ ...label, markY: 0, box, ...(haloed.has(label.id) ? { halo: true } : {}) });
        break;
      }
      bottom = blocker.box.y0 - stackGap;
    }
  }
  return placed;
}

export interface LayoutOptions {
  width: number;
  height: number;
  locale: Locale;
  t: Translate;
  /** Space the legend takes above the plot. */
  legendHeight: number;
}

export function timelineLayout(data: TimelineData, state: TimelineState, { width, height, locale, t, legendHeight }: LayoutOptions): TimelineLayout {
  const narrow = width < 520;
  const short = drawnShort(height, chartHeight(width));
  const spaced = spacing(width);
  // A short drawing's lanes get no spare height to part a faded lane's name from its marks: it keeps its own.
  const { laneHeader, dotZone, maxLabelWidth, inlineDates, note, noteLine, axis } = spaced;
  const fadedLane = short ? spaced.fadedLane + 4 : spaced.fadedLane;
  const margin = { left: narrow ? 12 : 20, right: narrow ? 16 : 28 };
  const bounds = { left: 4, right: width - 4 };
  const x = scaleUtc()
    .domain(state.domain.map(utc))
    .range([margin.left, width - margin.right]);

  // The note area is as tall as the longest note of any step, so the lanes keep their place between steps.
  // Less than the full width: wrapText keeps an opening bracket with what follows, which can overrun a line.
  const noteWidth = width - margin.left - margin.right - 2 * note;
  const noteLineCount = short ? 0 : Math.max(...data.steps.map((s) => wrapText(stepNoteText(t, s.note), noteWidth, note, locale).length));
  const noteTop = height - noteLineCount * noteLine - 6;
  const plotTop = legendHeight + (narrow ? 4 : 10);
  const plotBottom = noteTop - axis;

  // Labels are bold and fonts differ from the estimate; a tenth more keeps neighbours apart in any of them.
  const inlineWidth = (line: string, date: string) => textWidthEm(line) * text.label + 6 + textWidthEm(date) * text.date;
  const widthOf = (l: { lines: string[]; date: string; dateInline: boolean }) =>
    1.1 *
    (l.dateInline
      ? inlineWidth(l.lines[0]!, l.date)
      : Math.max(...l.lines.map((line) => textWidthEm(line) * text.label), textWidthEm(l.date) * text.date));
  const eventsById = new Map(data.events.map((e) => [e.id, e]));

  const zoomed = state.domain[0] !== data.steps[0]!.domain[0] || state.domain[1] !== data.steps[0]!.domain[1];
  let wanted = [...state.labels];
  for (;;) {
    const offsets = zoomed ? dodgeOffsets(data, state, x, width, new Set(wanted)) : new Map<string, number>();
    const candidates = wanted.map((id) => {
      const event = eventsById.get(id)!;
      const mx = markX(event, x);
      const date = formatDate(locale, event.date, event.precision, 'short');
      let lines = wrapLabel(labelText(event, locale), maxLabelWidth, text.label, locale);
      let dateInline = inlineDates && lines.length === 1 && 1.1 * inlineWidth(lines[0]!, date) <= maxLabelWidth;
      // A label that would have to run right of its mark, over the leaders of the marks after it, is wrapped
      // narrower instead, where that lets it sit to the left.
      const leftRoom = (mx - 4 - bounds.left) / 1.1;
      if (widthOf({ lines, date, dateInline }) > mx - 4 - bounds.left && leftRoom >= 100) {
        const narrower = wrapLabel(labelText(event, locale), leftRoom, text.label, locale);
        if (widthOf({ lines: narrower, date, dateInline: false }) <= mx - 4 - bounds.left) {
          lines = narrower;
          dateInline = false;
        }
      }
      const labelWidth = widthOf({ lines, date, dateInline });
      // Text runs left of its mark wherever it fits: most events crowd the right-hand end, where it can't run right.
      const anchor: 'start' | 'end' = mx - labelWidth >= bounds.left ? 'end' : 'start';
      return { id, lane: event.lane, lines, date, dateInline, anchor, markX: mx };
    });
    // A label running right over the mark of a label running left over its own mark would have each one's leader
    // cross the other's text, whichever sits higher: one of the two is wrapped to clear the other's mark.
    const rewrap = (c: (typeof candidates)[number], room: number) => {
      const narrower = wrapLabel(labelText(eventsById.get(c.id)!, locale), room / 1.1, text.label, locale);
      const fits = widthOf({ lines: narrower, date: c.date, dateInline: false }) <= room;
      if (fits) Object.assign(c, { lines: narrower, dateInline: false });
      return fits;
    };
    for (const c of candidates) {
      if (c.anchor !== 'start') continue;
      const spanned = candidates.filter(
        (o) =>
          o.lane === c.lane &&
          o.anchor === 'end' &&
          o.markX > c.markX &&
          o.markX < c.markX + widthOf(c) &&
          o.markX - widthOf(o) - leaderGap < c.markX,
      );
      if (spanned.length === 0 || rewrap(c, Math.min(...spanned.map((o) => o.markX)) - c.markX - 2 * leaderGap)) continue;
      for (const o of spanned) rewrap(o, o.markX - c.markX - 2 * leaderGap);
    }
    // Room under a lane's dot line for dots moved down out of a cluster.
    const lowered = (lane: Lane) => Math.max(0, ...data.events.filter((e) => e.lane === lane).map((e) => offsets.get(e.id) ?? 0));
    const stacks = new Map(
      data.lanes.map((lane) => [
        lane,
        stackLane(
          candidates.filter((c) => c.lane === lane),
          widthOf,
          bounds,
          -Math.min(0, ...data.events.filter((e) => e.lane === lane).map((e) => offsets.get(e.id) ?? 0)),
        ),
      ]),
    );
    // A faded lane without labels is context only: on a phone it keeps just its name and its row of marks.
    const need = data.lanes.map((lane) =>
      !state.emphasisedLanes.includes(lane) && stacks.get(lane)!.length === 0
        ? fadedLane
        : laneHeader + dotZone + lowered(lane) + Math.max(0, ...stacks.get(lane)!.map((l) => -l.box.y0 + stackGap)),
    );
    const spare = plotBottom - plotTop - need.reduce((a, b) => a + b, 0);
    if (spare < 0 && wanted.length > 0) {
      wanted = wanted.slice(0, -1);
      continue;
    }
    const extra = Math.max(0, spare) / data.lanes.length;
    let top = plotTop;
    const lanes: LaneBox[] = data.lanes.map((lane, i) => {
      const laneHeight = need[i]! + extra;
      const box = { lane, top, height: laneHeight, dotY: top + laneHeight - Math.min(dotZone, laneHeight - laneHeader) / 2 - 2 - lowered(lane) };
      top += laneHeight;
      return box;
    });
    const labels = lanes.flatMap(({ lane, dotY }) =>
      stacks.get(lane)!.map((l) => ({ ...l, markY: dotY + (offsets.get(l.id) ?? 0), box: { ...l.box, y0: l.box.y0 + dotY, y1: l.box.y1 + dotY } })),
    );
    return {
      x,
      offsets,
      zoom: zoomed ? state.domain : undefined,
      margin,
      plotTop,
      plotBottom,
      lanes,
      labels,
      ticks: ticksFor(state.domain, x, locale, width),
      noteTop,
      noteLines: short ? [] : wrapText(stepNoteText(t, state.note), noteWidth, note, locale),
      noteSize: note,
      noteLine,
    };
  }
}
