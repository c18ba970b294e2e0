import { scaleLinear, scaleUtc } from 'd3-scale';
import { fontSize } from '../shared/theme';
import { textWidthEm } from '../shared/wrapText';
import type { PreparedEvent, PreparedQuarter } from './prepare';

// Fixed scales: Plot's axes cannot change between steps. The x axis starts in October 2019 so the
// cloud-gaming bets of late 2019 sit at their true dates, before the first fiscal-2021 quarter.
export const xDomain: [Date, Date] = [new Date(Date.UTC(2019, 9, 1)), new Date(Date.UTC(2024, 1, 29))];
export const yDomain: [number, number] = [0, 20];
export const yTicks = [0, 5, 10, 15, 20];
export const eventRowHeight = 15;
/** The row under the baseline that names the fiscal years, the chart's one time axis. */
export const fiscalRowHeight = 18;
/** Room between the fiscal years and the first row of events, so that the two rows of text do not read as one. */
export const fiscalGap = 5;

export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// On a phone, tall enough for the claim's box, set at the size of every other note, between the record quarter's
// callout and the bars of the years it is about.
export function chartHeight(width: number): number {
  return width < 520 ? 420 : 480;
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
  /** Pixel positions: the marker, and the label's left and right edges. */
  x: number;
  x0: number;
  x1: number;
}

/** The marker's radius in the strip of events under the axis, and the gap between it and its label. */
export const eventMarkerRadius = 3.5;
const markerGap = eventMarkerRadius + 3;

/**
 * Puts each event in a strip of rows under the axis: its marker at its date, its label right or left of the
 * marker, so that no two labels or markers shown in the same step overlap. No line runs from a marker into the
 * plot, so rows never cross one another. A small exhaustive search (six events) that prefers fewer rows;
 * deterministic, so snapshots hold still.
 */
export function placeEvents(
  events: readonly (PreparedEvent & { text: string })[],
  { x, bounds, together }: { x: (date: Date) => number; bounds: [number, number]; together: (a: string, b: string) => boolean },
): EventPlacement[] {
  const options = events.map((event) => {
    const rx = x(utcDate(event.date));
    const width = textWidthEm(event.text) * fontSize.annotation;
    return (['start', 'end'] as const)
      .map((anchor) =>
        anchor === 'start' ? { anchor, x0: rx + markerGap, x1: rx + markerGap + width } : { anchor, x0: rx - markerGap - width, x1: rx - markerGap },
      )
      .filter((o) => o.x0 >= bounds[0] && o.x1 <= bounds[1])
      .map((o) => ({ ...o, id: event.id, x: rx }));
  });
  // What a placed event takes in its row: its label and its marker.
  const span = (p: EventPlacement): [number, number] => [Math.min(p.x0, p.x - eventMarkerRadius), Math.max(p.x1, p.x + eventMarkerRadius)];
  const clash = (a: EventPlacement, b: EventPlacement) => {
    if (!together(a.id, b.id) || a.row !== b.row) return false;
    const [a0, a1] = span(a);
    const [b0, b1] = span(b);
    return a0 < b1 + 8 && b0 < a1 + 8;
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
