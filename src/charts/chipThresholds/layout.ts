import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import { lineBox, placeLabels, textBox, type Box, type PlacedLabel } from '../shared/labels';
import { legendHeight } from '../shared/legendFlow';
import { fontSize } from '../shared/theme';
import { round } from '../shared/svg';
import { drawnShort } from '../shared/shortDrawing';
import { textWidthEm, wrapText } from '../shared/wrapText';
import type { ChipMark, ChipThresholdsState, LineState } from './state';
import { calloutLines, labelLines, lineLabel } from './text';

// Where everything goes at one step, width and language, in plain numbers: testable without a DOM, and drawn by
// the other files as they find it.

// On a phone the drawing leaves the lower part of the screen to the step's text: a shorter plot, same marks.
export function chartHeight(width: number): number {
  return width < 520 ? 400 : 480;
}

/** Chip names are set semi-bold, which runs wider than the width estimate for regular type. */
const boldWidth = 1.1;
/** Leading of a label set on several lines. */
export const labelLeading = 15;

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface TextPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A zone's name set on the chart, on one line or more, from the baseline of its first line down. */
export interface ZoneLabel extends TextPlace {
  id: 'controlled' | 'notify' | 'outside';
  lines: string[];
}

interface MarkLabel extends PlacedLabel {
  lines: string[];
  /** How many of the last lines are the call-out of the value against its line. */
  callout: number;
}

export interface ChipLayout {
  width: number;
  height: number;
  narrow: boolean;
  margin: Margin;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  radius: number;
  zones: ZoneLabel[];
  /** Each threshold line's end points and where its label goes, by line id. */
  lines: Map<string, { x1: number; x2: number; y1: number; y2: number; label: TextPlace; text: string }>;
  /** Each named mark's label, placed clear of the others, of the points and of the lines. */
  labels: Map<string, MarkLabel>;
  /** What the marks' labels keep clear of: the lines, and the lines' and zones' labels. */
  obstacles: Box[];
}

export const zoneLeading = 13;

/** The box a block of lines takes, its first baseline at y. */
function blockBox(lines: readonly string[], place: TextPlace, size: number, scale = 1): Box {
  const boxes = lines.map((line, i) => textBox(line, place.x, place.y + i * zoneLeading, size, place.anchor));
  const widen = (b: Box) =>
    scale === 1
      ? b
      : {
          ...b,
          x0: place.anchor === 'start' ? b.x0 : b.x1 - (b.x1 - b.x0) * scale,
          x1: place.anchor === 'start' ? b.x0 + (b.x1 - b.x0) * scale : b.x1,
        };
  const block = boxes
    .map(widen)
    .reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y0: Math.min(a.y0, b.y0), y1: Math.max(a.y1, b.y1) }));
  // Bold type's descenders and a little air, so that a chip's name does not touch a zone's.
  return { ...block, y0: block.y0 - 2, y1: block.y1 + 1 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box the placer gives a label of these lines: its middle at y, each line a size tall with 2 px between. */
function labelBox(label: Pick<PlacedLabel, 'x' | 'y' | 'anchor'>, lines: readonly string[]): Box {
  const width = Math.max(...lines.map((l) => textWidthEm(l))) * fontSize.label * boldWidth;
  const half = (lines.length * fontSize.label + (lines.length - 1) * 2) / 2;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x0, x1: x0 + width, y0: label.y - half, y1: label.y + half };
}

/** Whether a threshold line runs between a dot and the middle of its label. */
function acrossLine(point: { x: number; y: number }, box: Box, line: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const [mx, my] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  if (line.x1 === line.x2)
    return (
      (point.x - line.x1) * (mx - line.x1) < 0 &&
      Math.min(line.y1, line.y2) < Math.max(point.y, my) &&
      Math.min(point.y, my) < Math.max(line.y1, line.y2)
    );
  return (
    (point.y - line.y1) * (my - line.y1) < 0 &&
    Math.min(line.x1, line.x2) < Math.max(point.x, mx) &&
    Math.min(point.x, mx) < Math.max(line.x1, line.x2)
  );
}

export function chipLayout(
  state: ChipThresholdsState,
  {
    width,
    height = chartHeight(width),
    locale,
    t,
    legendLabels,
  }: { width: number; height?: number | undefined; locale: Locale; t: Translate; legendLabels: readonly string[] },
): ChipLayout {
  const narrow = width < 520;
  const legend = legendHeight(legendLabels, width - 16);
  const margin = { top: legend + (narrow ? 70 : 80), right: narrow ? 14 : 24, bottom: narrow ? 42 : 48, left: narrow ? 40 : 52 };
  const x = scaleLog()
    .domain(state.xDomain)
    .range([margin.left, width - margin.right]);
  const y = (state.yMetric === 'density' ? scaleLog() : scaleLinear()).domain(state.yDomain).range([height - margin.bottom, margin.top]);
  const [xMin] = state.xDomain;
  const [yMin] = state.yDomain;
  const value = (id: string) => state.lines.find((l) => l.id === id)?.value ?? Number.NaN;

  // The zones, named on the chart as the legend names them.
  const main = state.regions.find((r) => r.id === 'controlled-a')!;
  const zones: ZoneLabel[] = [
    state.rule === '2022'
      ? { id: 'controlled', lines: [t('chip.status.controlled')], x: round(x(main.x[0]) + 6), y: round(y(main.y[1]) + 18), anchor: 'start' }
      : { id: 'controlled', lines: [t('chip.status.controlled')], x: round(x(main.x[1]) - 6), y: round(y(main.y[0]) - 10), anchor: 'end' },
  ];
  const radius = narrow ? 5 : 6;
  // Each chip's dot with the room a text keeps from it.
  const dotBoxes = state.marks.map((m) => ({
    x0: x(m.tpp) - radius - 3,
    x1: x(m.tpp) + radius + 3,
    y0: y(m.y) - radius - 3,
    y1: y(m.y) + radius + 3,
  }));
  if (state.rule === '2023') {
    // Under the 5.92 line, across both notification tiers, where no chip sits; a chip just left of the 1,600 line
    // (the L2) on its level pushes the name right, so that the two do not run together.
    const top = y(value('y-main')) + 13;
    const level = { y0: top - fontSize.annotation, y1: top + 2 * zoneLeading };
    const left = Math.max(
      x(value('tpp-1600')) + 5,
      ...dotBoxes.filter((d) => d.y0 < level.y1 && level.y0 < d.y1 && d.x0 < x(value('tpp-1600')) + 5).map((d) => d.x1 + 3),
    );
    const right = x(value('tpp-4800')) - 8;
    const lines = wrapText(t('chip.status.notify'), right - left, fontSize.annotation, locale);
    const notify: ZoneLabel = { id: 'notify', lines, x: round(left), y: round(top), anchor: 'start' };
    // In a short drawing a chip just under the 3.2 tier (the L20) reaches the name's second line: it goes to the
    // zone's right, against the 4,800 line, where the zone is widest and free.
    const onDot = (zone: ZoneLabel) =>
      zone.lines.some((line, i) => {
        const box = blockBox([line], { ...zone, y: zone.y + i * zoneLeading }, fontSize.annotation, boldWidth);
        return dotBoxes.some((d) => overlaps(d, box));
      });
    const atRight: ZoneLabel = { ...notify, x: round(right), anchor: 'end' };
    zones.push(onDot(notify) && !onDot(atRight) ? atRight : notify);
  }
  // Bottom left, clear of the first line that reaches the plot's foot and of that line's label.
  const firstLine = state.rule === '2022' ? value('tpp-4800') : value('tpp-2400');
  const room = x(firstLine) - margin.left - (state.rule === '2022' ? 12 : 28);
  const outside = wrapText(t('chip.status.outside'), room, fontSize.annotation, locale);
  zones.push({
    id: 'outside',
    lines: outside,
    x: round(x(xMin) + 5),
    y: round(y(yMin) - 7 - (outside.length - 1) * zoneLeading),
    anchor: 'start',
  });

  // A line's value goes at its top end (x) or its right end (y); a line that stops short of the plot's top is
  // labelled at its foot. A y line too short for its label has it beside its left end, or, where a zone's name
  // is already there, just its value at its right end.
  const zoneBoxes = () => zones.map((z) => blockBox(z.lines, z, z.id === 'controlled' ? fontSize.label : fontSize.annotation, boldWidth));
  const lines = new Map(
    state.lines.map((d: LineState) => {
      const [from, to] = d.span;
      const x1 = round(d.axis === 'x' ? x(d.value) : x(from));
      const x2 = round(d.axis === 'x' ? x(d.value) : x(to));
      const y1 = round(d.axis === 'x' ? y(from) : y(d.value));
      const y2 = round(d.axis === 'x' ? y(to) : y(d.value));
      let text = lineLabel(d, state, locale, t);
      const room = (label: string) => textWidthEm(label) * fontSize.annotation + 12;
      let label: TextPlace;
      if (d.axis === 'y' && d.id === 'density-1.6' && drawnShort(height, chartHeight(width))) {
        // In a short drawing the band above the lower tier is the H20's, and no more than its name and value tall:
        // the tier's value goes under its right end, where no chip sits.
        text = formatNumber(locale, d.value, 2);
        label = { x: round(x2 - 4), y: round(y1 + 14), anchor: 'end' };
      } else if (d.axis === 'x') {
        label = to === state.yDomain[1] ? { x: x1, y: round(margin.top - 8), anchor: 'middle' } : { x: x1, y: round(y(from) + 14), anchor: 'middle' };
      } else if (room(text) <= x2 - x1) {
        label =
          d.id === 'y-main' && state.rule === '2023'
            ? { x: round(x1 + 4), y: round(y1 - 6), anchor: 'start' }
            : { x: round(x2 - 4), y: round(y1 - 6), anchor: 'end' };
        // A chip sitting on the line (the L20 on the 3.2 tier) would be covered: the label goes beside its left end.
        const onDot = (place: TextPlace) => dotBoxes.some((b) => overlaps(b, textBox(text, place.x, place.y, fontSize.annotation, place.anchor)));
        const beside: TextPlace = { x: round(x1 - 4), y: round(y1 + 4), anchor: 'end' };
        if (onDot(label) && !onDot(beside) && textBox(text, beside.x, beside.y, fontSize.annotation, 'end').x0 >= margin.left - 30) label = beside;
      } else {
        label = { x: round(x1 - 4), y: round(y1 + 4), anchor: 'end' };
        const box = textBox(text, label.x, label.y, fontSize.annotation, 'end');
        if (box.x0 < margin.left - 30 || zoneBoxes().some((z) => z.x0 < box.x1 && box.x0 < z.x1 && z.y0 < box.y1 && box.y0 < z.y1)) {
          text = formatNumber(locale, d.value, 2);
          label = { x: round(x2 - 4), y: round(y1 - 6), anchor: 'end' };
        }
      }
      return [d.id, { x1, x2, y1, y2, label, text }] as const;
    }),
  );

  const acrossALine = (point: { x: number; y: number }, box: Box) => [...lines.values()].some((line) => acrossLine(point, box, line));
  // Chip names keep clear of the lines as well as of the lines' and zones' labels: a name across a line misreads the rule.
  const obstacles = [
    ...zoneBoxes(),
    ...state.lines.flatMap((d) => {
      const line = lines.get(d.id)!;
      return [textBox(line.text, line.label.x, line.label.y, fontSize.annotation, line.label.anchor), lineBox(line.x1, line.y1, line.x2, line.y2)];
    }),
  ];

  // The step's subject is placed first, so that it has the best sides, and the most hemmed-in name first among
  // equals; context names give way, or are left out.
  const neighbours = (m: ChipMark) =>
    state.marks.filter(
      (o) => o.id !== m.id && Math.hypot(x(o.tpp) - x(m.tpp), y(o.y) - y(m.y)) < 40 && Math.hypot(x(o.tpp) - x(m.tpp), y(o.y) - y(m.y)) > 0,
    ).length;
  const byCrowd = (marks: ChipMark[]) =>
    marks
      .map((m, i) => ({ m, i, n: neighbours(m) }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .map((e) => e.m);
  const withName = state.marks.filter((m) => m.names.length > 0);
  const named = [...byCrowd(withName.filter((m) => m.focus)), ...byCrowd(withName.filter((m) => !m.focus))];
  const texts = new Map(
    named.map((m) => {
      const names = labelLines(m, narrow);
      const callout = m.callout ? calloutLines(m.callout, narrow, locale, t) : [];
      return [m.id, { lines: [...names, ...callout], callout: callout.length }];
    }),
  );
  const points = named.map((m) => ({ x: x(m.tpp), y: y(m.y) }));
  // Labels already set by hand (pinned) are obstacles; their dots go last with empty labels, so that they still
  // count as dots and block nothing placed before them. The labels come back in the order of `named`.
  const place = (pinned: readonly PlacedLabel[] = []) => {
    const isPinned = (m: ChipMark) => pinned.some((l) => l.id === m.id);
    const order = [...named.filter((m) => !isPinned(m)), ...named.filter(isPinned)];
    const placed = placeLabels(
      order.map((m) => {
        const { lines } = texts.get(m.id)!;
        const longest = lines.reduce((a, b) => (textWidthEm(b) > textWidthEm(a) ? b : a));
        const point = points[named.indexOf(m)]!;
        return isPinned(m) ? { id: m.id, ...point, label: '' } : { id: m.id, ...point, label: longest, lines: lines.length, optional: !m.focus };
      }),
      {
        fontSize: fontSize.label,
        radius,
        bounds: { x0: margin.left, x1: width - 2, y0: margin.top - 4, y1: height - margin.bottom },
        obstacles: [...obstacles, ...pinned.map((l) => labelBox(l, texts.get(l.id)!.lines))],
        widthScale: boldWidth,
      },
    );
    return named.map((m) => pinned.find((l) => l.id === m.id) ?? placed.find((l) => l.id === m.id)!);
  };
  let placed = place();
  // A name that found no free side is set on two lines, broken at its space, and the labels placed again.
  const pointBoxes = points.map((p) => ({ x0: p.x - radius, x1: p.x + radius, y0: p.y - radius, y1: p.y + radius }));
  const crowded = (i: number) => {
    const own = labelBox(placed[i]!, texts.get(placed[i]!.id)!.lines);
    const others = placed.filter((l, j) => j !== i && !l.dropped).map((l) => labelBox(l, texts.get(l.id)!.lines));
    return [...obstacles, ...pointBoxes, ...others].some((b) => overlaps(own, b));
  };
  const broken = placed.filter((l, i) => !l.dropped && crowded(i) && texts.get(l.id)!.lines[0]!.includes(' '));
  if (narrow && broken.length > 0) {
    for (const l of broken) {
      const text = texts.get(l.id)!;
      const [first, ...rest] = text.lines;
      text.lines = [...first!.split(' '), ...rest];
    }
    placed = place();
  }
  // A subject whose call-out still finds no free side (the H20 between the 3.2 and 1.6 tiers, in a short drawing)
  // keeps its value and gives up "vs 2,400": the line's own value is written at its foot, just beside.
  const shortened = placed.filter((l, i) => !l.dropped && crowded(i) && texts.get(l.id)!.callout > 1);
  if (shortened.length > 0) {
    for (const l of shortened) {
      const text = texts.get(l.id)!;
      text.lines = text.lines.slice(0, 1 - text.callout);
      text.callout = 1;
    }
    placed = place();
  }
  // A name that is still crowded is set beside its dot once more, slid up or down, no further than keeps the dot
  // within the name's height, to where it is clear.
  const slid = placed.flatMap((l, i) => {
    if (l.dropped || !crowded(i)) return [];
    const { lines } = texts.get(l.id)!;
    const point = points[i]!;
    const others = placed.filter((o, j) => j !== i && !o.dropped).map((o) => labelBox(o, texts.get(o.id)!.lines));
    const reach = (labelBox(l, lines).y1 - labelBox(l, lines).y0) / 2;
    const slides = Array.from({ length: Math.floor(reach) }, (_, k) => [k + 1, -(k + 1)]).flat();
    const sides = [
      { side: 'right', x: point.x + radius + 4, anchor: 'start' },
      { side: 'left', x: point.x - radius - 4, anchor: 'end' },
    ] as const;
    for (const slide of slides) {
      for (const side of sides) {
        const moved = { ...l, ...side, y: point.y + slide };
        const box = labelBox(moved, lines);
        const inside = box.x0 >= margin.left && box.x1 <= width - 2 && box.y0 >= margin.top - 4 && box.y1 <= height - margin.bottom;
        if (inside && ![...obstacles, ...pointBoxes, ...others].some((b) => overlaps(box, b))) return [moved];
      }
    }
    return [];
  });
  // The others are placed again around them: a neighbour may have the room the name had before.
  if (slid.length > 0) placed = place(slid);
  // A name set across a threshold from its dot reads as on the other side of the rule: it goes to the opposite
  // side of the dot where that is clear, and the others are placed again around it.
  const mirror = { above: 'below', below: 'above', left: 'right', right: 'left' } as const;
  const across = placed.flatMap((l, i) => {
    const side = l.side in mirror ? (l.side as keyof typeof mirror) : undefined;
    if (l.dropped || !side || !acrossALine(points[i]!, labelBox(l, texts.get(l.id)!.lines))) return [];
    const point = points[i]!;
    const { lines } = texts.get(l.id)!;
    const tall = labelBox(l, lines).y1 - labelBox(l, lines).y0;
    const gap = radius + 4;
    const moved: PlacedLabel = {
      ...l,
      side: mirror[side],
      x: side === 'left' ? point.x + gap : side === 'right' ? point.x - gap : point.x,
      y: side === 'above' ? point.y + gap + tall / 2 : side === 'below' ? point.y - gap - tall / 2 : l.y,
      anchor: side === 'left' ? 'start' : side === 'right' ? 'end' : 'middle',
    };
    const box = labelBox(moved, lines);
    const others = placed.filter((o, j) => j !== i && !o.dropped).map((o) => labelBox(o, texts.get(o.id)!.lines));
    const clear = ![...obstacles, ...pointBoxes.filter((_, j) => j !== i), ...others].some((b) => overlaps(box, b));
    return clear && !acrossALine(point, box) ? [moved] : [];
  });
  if (across.length > 0) placed = place([...slid, ...across]);
  const labels = new Map(placed.map((l) => [l.id, { ...l, ...texts.get(l.id)! }]));
  return { width, height, narrow, margin, x, y, radius, zones, lines, labels, obstacles };
}
