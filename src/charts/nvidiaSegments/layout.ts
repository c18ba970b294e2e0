import { scaleLinear, scaleUtc } from 'd3-scale';
import { fontSize } from '../shared/theme';
import { textWidthEm } from '../shared/wrapText';
import type { PreparedEvent, PreparedQuarter } from './prepare';

// Fixed scales: Plot's axes cannot change between steps. The x axis starts in October 2019 so the
// cloud-gaming bets of late 2019 sit at their true dates, before the first fiscal-2021 quarter.
export const xDomain: [Date, Date] = [new Date(Date.UTC(2019, 9, 1)), new Date(Date.UTC(2024, 1, 29))];
export const yDomain: [number, number] = [0, 20];
export const yTicks = [0, 5, 10, 15, 20];
export const yearTicks = [2020, 2021, 2022, 2023, 2024].map((year) => new Date(Date.UTC(year, 0, 1)));
export const eventRowHeight = 15;

export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export function chartHeight(width: number): number {
  return width < 520 ? 400 : 480;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function horizontalMargin(width: number): Pick<Margin, 'left' | 'right'> {
  return width < 520 ? { left: 44, right: 10 } : { left: 50, right: 20 };
}

export function xScale(width: number) {
  const { left, right } = horizontalMargin(width);
  return scaleUtc()
    .domain(xDomain)
    .range([left, width - right]);
}

export function yScale(height: number, margin: Margin) {
  return scaleLinear()
    .domain(yDomain)
    .range([height - margin.bottom, margin.top]);
}

/** A quarter's two bars side by side inside its own span of days: data center on the left, gaming on the right. */
export function barSpan(q: PreparedQuarter): [Date, Date] {
  const start = utcDate(q.start).getTime();
  const span = utcDate(q.end).getTime() + 86_400_000 - start;
  const [from, to] = q.segment === 'data-center' ? [0.1, 0.5] : [0.5, 0.9];
  return [new Date(start + span * from), new Date(start + span * to)];
}

export interface EventPlacement {
  id: string;
  row: number;
  anchor: 'start' | 'end';
  /** Pixel positions: the rule, and the label's left and right edges. */
  x: number;
  x0: number;
  x1: number;
}

/**
 * Puts each event's label in a band of rows above the plot, left or right of its rule, so that no two labels
 * shown in the same step overlap and no label crosses the rule of an event above it. A small exhaustive
 * search (six events) that prefers fewer rows; deterministic, so snapshots hold still.
 */
export function placeEvents(
  events: readonly (PreparedEvent & { text: string })[],
  { x, bounds, together }: { x: (date: Date) => number; bounds: [number, number]; together: (a: string, b: string) => boolean },
): EventPlacement[] {
  const options = events.map((event) => {
    const rx = x(utcDate(event.date));
    const width = textWidthEm(event.text) * fontSize.annotation;
    return (['start', 'end'] as const)
      .map((anchor) => (anchor === 'start' ? { anchor, x0: rx + 4, x1: rx + 4 + width } : { anchor, x0: rx - 4 - width, x1: rx - 4 }))
      .filter((o) => o.x0 >= bounds[0] && o.x1 <= bounds[1])
      .map((o) => ({ ...o, id: event.id, x: rx }));
  });
  const clash = (a: EventPlacement, b: EventPlacement) => {
    if (!together(a.id, b.id)) return false;
    if (a.row === b.row) return a.x0 < b.x1 + 6 && b.x0 < a.x1 + 6;
    const [upper, lower] = a.row < b.row ? [a, b] : [b, a];
    // A rule runs from its label down to the axis, through every row below it.
    return upper.x >= lower.x0 - 3 && upper.x <= lower.x1 + 3;
  };
  const search = (rows: number, placed: EventPlacement[]): EventPlacement[] | undefined => {
    const i = placed.length;
    if (i === events.length) return placed;
    for (let row = 0; row < rows; row++) {
      for (const option of options[i]!) {
        const candidate = { ...option, row };
        if (placed.some((p) => clash(p, candidate))) continue;
        const found = search(rows, [...placed, candidate]);
        if (found) return found;
      }
    }
    return undefined;
  };
  for (let rows = 1; rows <= events.length; rows++) {
    const found = search(rows, []);
    if (found) return found;
  }
  // No clean layout (a very narrow chart): one row per event, each label where it fits best.
  return events.map((event, row) => ({
    ...(options[row]![0] ?? { anchor: 'start' as const, x0: bounds[0], x1: bounds[1], x: bounds[0], id: event.id }),
    row,
  }));
}
