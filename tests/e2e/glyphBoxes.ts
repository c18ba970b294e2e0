/** A rectangle in the SVG's own coordinates. */
interface GlyphBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface MeasuredText {
  text: string;
  box: GlyphBox;
}

export interface MeasuredDrawing {
  texts: MeasuredText[];
  /** Lines a label must not cross (a rule's threshold), named for the report. */
  lines: { name: string; box: GlyphBox }[];
  width: number;
  height: number;
}

export type Collision =
  | { kind: 'overlap'; a: MeasuredText; b: MeasuredText; width: number; height: number }
  | { kind: 'line'; a: MeasuredText; line: string }
  | { kind: 'outside'; a: MeasuredText; side: 'left' | 'right' | 'top' | 'bottom'; by: number };

// Antialiasing and rounding: less than a pixel of contact is not something a reader sees.
const tolerance = 1;

const round = (n: number) => Math.round(n * 10) / 10;

function intersection(a: GlyphBox, b: GlyphBox): { width: number; height: number } {
  return { width: Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), height: Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) };
}

/** Every pair of texts that overlap, every text across a threshold line, and every text that leaves the drawing. */
export function findCollisions({ texts, lines, width, height }: MeasuredDrawing): Collision[] {
  const found: Collision[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const o = intersection(a.box, b.box);
      if (o.width > tolerance && o.height > tolerance) found.push({ kind: 'overlap', a, b, width: round(o.width), height: round(o.height) });
    }
    for (const line of lines) {
      // A line is a box of no width or no height: crossing means reaching past it on its thin side.
      const o = intersection(a.box, { x0: line.box.x0 - 0.5, x1: line.box.x1 + 0.5, y0: line.box.y0 - 0.5, y1: line.box.y1 + 0.5 });
      if (o.width > tolerance && o.height > tolerance) found.push({ kind: 'line', a, line: line.name });
    }
    const sides = [
      ['left', -a.box.x0],
      ['right', a.box.x1 - width],
      ['top', -a.box.y0],
      ['bottom', a.box.y1 - height],
    ] as const;
    for (const [side, by] of sides) if (by > tolerance) found.push({ kind: 'outside', a, side, by: round(by) });
  });
  return found;
}
