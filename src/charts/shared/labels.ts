import { textWidthEm } from './wrapText';

export interface LabelPoint {
  id: string;
  x: number;
  y: number;
  /** The text, or its longest line when it has several. */
  label: string;
  /** Lines set one under another, centred on the label's y; one unless said. */
  lines?: number;
  /** A label the chart can do without: where every side is taken, it is dropped rather than laid over something. */
  optional?: boolean;
}

type LabelSide = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** True when an optional label found no free side and is not drawn. */
  dropped: boolean;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How far a point is from the nearest edge of a box: 0 inside it. */
export const distanceToBox = (box: Box, x: number, y: number) => Math.hypot(Math.max(box.x0 - x, 0, x - box.x1), Math.max(box.y0 - y, 0, y - box.y1));

/** The box a text of this size takes when anchored at (x, baseline y). */
export function textBox(text: string, x: number, y: number, fontSize: number, anchor: 'start' | 'middle' | 'end'): Box {
  const width = textWidthEm(text) * fontSize;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, x1: x0 + width, y0: y - fontSize, y1: y + fontSize * 0.25 };
}

/** The box a line takes, widened by a little so that a label does not touch it either. */
export function lineBox(x1: number, y1: number, x2: number, y2: number, clearance = 2): Box {
  return { x0: Math.min(x1, x2) - clearance, x1: Math.max(x1, x2) + clearance, y0: Math.min(y1, y2) - clearance, y1: Math.max(y1, y2) + clearance };
}

/** A sloped line as the boxes of short pieces of it, so that a label may sit in the corner a diagonal leaves free. */
export function slopedLineBoxes(x1: number, y1: number, x2: number, y2: number, piece = 8, clearance = 2): Box[] {
  const count = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / piece));
  return Array.from({ length: count }, (_, i) => {
    const [a, b] = [i / count, (i + 1) / count];
    return lineBox(x1 + a * (x2 - x1), y1 + a * (y2 - y1), x1 + b * (x2 - x1), y1 + b * (y2 - y1), clearance);
  });
}

/**
 * Puts each point's label on the first side, in reading order, where it overlaps no point, no obstacle (other
 * labels, threshold lines), no label placed before it, is nearer its own point than any other and stays inside the
 * plot: beside the point first, then above or below it, then at its corners. Deterministic, so snapshots hold still.
 */
export function placeLabels(
  points: readonly LabelPoint[],
  {
    fontSize,
    radius,
    bounds,
    obstacles = [],
    widthScale = 1,
  }: {
    fontSize: number;
    radius: number;
    bounds: Box;
    obstacles?: readonly Box[];
    /** Labels set bold run wider than the estimate: a chart that sets them so widens each label's box by this much. */
    widthScale?: number;
  },
): PlacedLabel[] {
  const gap = radius + 4;
  const pointBoxes: Box[] = points.map((p) => ({ x0: p.x - radius, x1: p.x + radius, y0: p.y - radius, y1: p.y + radius }));
  const placedBoxes: Box[] = [...obstacles];
  return points.map((point, index) => {
    const width = textWidthEm(point.label) * fontSize * widthScale;
    const lines = point.lines ?? 1;
    const half = (lines * fontSize + (lines - 1) * 2) / 2;
    const candidates: [LabelSide, Box, PlacedLabel][] = (
      [
        ['right', point.x + gap, point.y, 'start'],
        ['left', point.x - gap, point.y, 'end'],
        ['above', point.x, point.y - gap - half, 'middle'],
        ['below', point.x, point.y + gap + half, 'middle'],
        ['above-right', point.x + gap * 0.7, point.y - gap * 0.7 - half, 'start'],
        ['below-right', point.x + gap * 0.7, point.y + gap * 0.7 + half, 'start'],
        ['above-left', point.x - gap * 0.7, point.y - gap * 0.7 - half, 'end'],
        ['below-left', point.x - gap * 0.7, point.y + gap * 0.7 + half, 'end'],
        // Last, a step further out, for a dot in a crowd.
        ['below', point.x, point.y + gap * 2.5 + half, 'middle'],
        ['above', point.x, point.y - gap * 2.5 - half, 'middle'],
      ] as const
    ).map(([side, x, y, anchor]) => {
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      const box = { x0, x1: x0 + width, y0: y - half, y1: y + half };
      return [side, box, { id: point.id, side, x, y, anchor, dropped: false }];
    });
    const free = candidates.find(([, box]) => {
      const inside = box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
      // A label nearer another point than its own reads as that point's.
      const own = distanceToBox(box, point.x, point.y);
      const nearest = points.every((p, j) => j === index || distanceToBox(box, p.x, p.y) > own);
      return inside && nearest && !pointBoxes.some((p) => overlaps(p, box)) && !placedBoxes.some((p) => overlaps(p, box));
    });
    if (!free && point.optional) return { ...candidates[0]![2], dropped: true };
    const [, box, placed] = free ?? leastCrowded(candidates, [...pointBoxes, ...placedBoxes], bounds);
    placedBoxes.push(box);
    return placed;
  });
}

/** When no side is free, the side that covers the least of other things and stays inside the plot. */
function leastCrowded<T>(candidates: [LabelSide, Box, T][], taken: readonly Box[], bounds: Box): [LabelSide, Box, T] {
  const area = (a: Box, b: Box) =>
    Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  const cost = ([, box]: [LabelSide, Box, T]) => {
    const outside = (box.x1 - box.x0) * (box.y1 - box.y0) - area(box, bounds);
    return taken.reduce((sum, other) => sum + area(box, other), 0) + outside * 10;
  };
  return candidates.reduce((best, candidate) => (cost(candidate) < cost(best) ? candidate : best));
}
