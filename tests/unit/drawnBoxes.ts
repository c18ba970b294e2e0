// The boxes of a rendered chart SVG, read from its attributes as the layouts estimate them (textBox): each visible
// text line, each dot or symbol, each line segment, with the keys that tie a label to its mark and whether it belongs
// to an axis (its line, tick marks and tick labels) or is a gridline.
import { textBox, type Box } from '../../src/charts/shared/labels';

export interface DrawnText {
  text: string;
  box: Box;
  /** Set over a stroke in the background colour, so that a line may pass under it. */
  halo: boolean;
  keys: Set<string>;
  /** A tick label of an axis. */
  tick: boolean;
  /** The lines of the same text element, in order, so that a break between them can be read. */
  lines: string[];
}

export interface DrawnMark {
  kind: 'dot' | 'line';
  name: string;
  /** A dot's box, or a segment's end points. */
  box: Box;
  keys: Set<string>;
  /** Part of an axis: its line or a tick mark. */
  axis: boolean;
  /** A gridline other than at zero, which labels may cross. */
  grid: boolean;
}

const keyAttributes = ['data-key', 'data-row', 'data-mark', 'data-step-key'];
// A label and its mark often share a key but for a prefix naming the kind of element.
const bareKey = (key: string) => key.replace(/^(dot|line|label|text|marker|point|leader|row)-/, '');

function keysOf(el: Element, svg: Element): Set<string> {
  const keys = new Set<string>();
  for (let node: Element | null = el; node && node !== svg; node = node.parentElement) {
    for (const name of keyAttributes) {
      const value = node.getAttribute(name);
      if (value) keys.add(bareKey(value));
    }
  }
  return keys;
}

function fontSizeOf(el: Element): number {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const size = node.getAttribute('font-size');
    if (size) return Number.parseFloat(size);
  }
  return 12;
}

/** A length in user units, "em" read against the font size. */
const length = (value: string | null, fontSize: number) =>
  value === null ? 0 : value.endsWith('em') ? Number.parseFloat(value) * fontSize : Number.parseFloat(value) || 0;

/** The sum of the translations of an element and its ancestors; undefined under any other transform. */
function offsetOf(el: Element): [number, number] | undefined {
  let [dx, dy] = [0, 0];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const transform = node.getAttribute('transform');
    if (!transform) continue;
    const m = /^translate\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?\s*\)$/.exec(transform.trim());
    if (!m) return undefined;
    dx += Number(m[1]);
    dy += Number(m[2] ?? 0);
  }
  return [dx, dy];
}

function seen(el: Element, svg: Element): boolean {
  let opacity = 1;
  for (let node: Element | null = el; node && node !== svg.parentElement; node = node.parentElement) {
    if (node.getAttribute('display') === 'none' || node.getAttribute('visibility') === 'hidden') return false;
    opacity *= Number(node.getAttribute('opacity') ?? 1);
  }
  return opacity > 0.05;
}

const anchorOf = (el: Element): 'start' | 'middle' | 'end' => {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const anchor = node.getAttribute('text-anchor');
    if (anchor === 'start' || anchor === 'middle' || anchor === 'end') return anchor;
  }
  return 'start';
};

const inLegend = (el: Element) => el.closest('[data-layer="legend"], .legend-item, .legend') !== null;

// Axes are drawn three ways: d3-axis groups (.tick), the charts' own (.x-tick, .y-tick, data-layer="axis", the
// Nvidia chart's row of fiscal years) and Observable Plot's (data-layer="x-axis-tick", "y-axis-tick-label" and so on).
const axisGroup =
  '.tick, .x-tick, .y-tick, .domain, .axis, .fiscal-year, [data-layer="axis"], [data-layer$="-axis-tick"], [data-layer$="-axis-tick-label"]';
const inAxis = (el: Element) => el.closest(axisGroup) !== null;
const isGrid = (el: Element) => el.closest('.grid, [data-layer$="-grid"]') !== null;
// A gridline at zero is where the bars or dots start from: it reads as the axis line.
const atZero = (el: Element) => el.closest(axisGroup)?.querySelector('text')?.textContent?.trim() === '0';

/** Every visible text line of the drawing, outside its legend, boxed as the layouts estimate text. */
export function drawnTexts(svg: Element): DrawnText[] {
  const texts: DrawnText[] = [];
  for (const el of svg.querySelectorAll('text')) {
    if (el.closest('defs, clipPath, mask, title') || inLegend(el) || !seen(el, svg)) continue;
    const offset = offsetOf(el);
    if (!offset) continue;
    const fontSize = fontSizeOf(el);
    const anchor = anchorOf(el);
    const halo = el.getAttribute('paint-order') === 'stroke' && el.classList.contains('halo');
    const keys = keysOf(el, svg);
    const x = length(el.getAttribute('x'), fontSize) + length(el.getAttribute('dx'), fontSize);
    let y = length(el.getAttribute('y'), fontSize) + length(el.getAttribute('dy'), fontSize);
    const spans = [...el.querySelectorAll('tspan')];
    const lines: { text: string; x: number; y: number; size: number; anchor: 'start' | 'middle' | 'end' }[] = [];
    if (spans.length === 0 || spans.every((s) => !s.hasAttribute('x') && !s.hasAttribute('dy'))) {
      lines.push({ text: el.textContent ?? '', x, y, size: Math.max(fontSize, ...spans.map(fontSizeOf)), anchor });
    } else {
      for (const span of spans) {
        const size = fontSizeOf(span);
        y += length(span.getAttribute('dy'), size);
        if (span.hasAttribute('y')) y = length(span.getAttribute('y'), size);
        lines.push({
          text: span.textContent ?? '',
          x: span.hasAttribute('x') ? length(span.getAttribute('x'), size) : x,
          y,
          size,
          anchor: anchorOf(span),
        });
      }
    }
    const tick = inAxis(el) && !el.classList.contains('axis-title');
    const all = lines.map((l) => l.text.trim()).filter(Boolean);
    for (const line of lines) {
      if (line.text.trim() === '') continue;
      const box = textBox(line.text.trim(), line.x + offset[0], line.y + offset[1], line.size, line.anchor);
      texts.push({ text: line.text.trim(), box, halo, keys, tick, lines: all });
    }
  }
  return texts;
}

/** The points of a path made of M, L, H and V commands; undefined for curves and arcs. */
function polyline(d: string): [number, number][] | undefined {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvzACQSTacqst]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M' || command === 'L') for (let i = 0; i + 1 < n.length; i += 2) points.push([(x = n[i]!), (y = n[i + 1]!)]);
    else if (command === 'm' || command === 'l') for (let i = 0; i + 1 < n.length; i += 2) points.push([(x += n[i]!), (y += n[i + 1]!)]);
    else if (command === 'H') for (const v of n) points.push([(x = v), y]);
    else if (command === 'V') for (const v of n) points.push([x, (y = v)]);
    else if (command === 'h') for (const v of n) points.push([(x += v), y]);
    else if (command === 'v') for (const v of n) points.push([x, (y += v)]);
  }
  return /[ACQSTacqst]/.test(d) ? undefined : points;
}

/** Every visible dot, symbol and line of the drawing but its legend. */
export function drawnMarks(svg: Element): DrawnMark[] {
  const marks: DrawnMark[] = [];
  for (const el of svg.querySelectorAll('circle, line, path')) {
    if (el.closest('defs, clipPath, mask') || inLegend(el) || !seen(el, svg)) continue;
    const offset = offsetOf(el);
    if (!offset) continue;
    const [ox, oy] = offset;
    const grid = isGrid(el) && !atZero(el);
    const axis = inAxis(el) && !grid;
    const keys = keysOf(el, svg);
    const name = el.getAttribute('data-key') ?? el.getAttribute('data-mark') ?? el.getAttribute('class') ?? el.tagName;
    const n = (attribute: string) => Number(el.getAttribute(attribute) ?? 0);
    if (el.tagName === 'circle') {
      const r = n('r');
      marks.push({
        kind: 'dot',
        name,
        keys,
        axis,
        grid,
        box: { x0: ox + n('cx') - r, x1: ox + n('cx') + r, y0: oy + n('cy') - r, y1: oy + n('cy') + r },
      });
    } else if (el.tagName === 'line') {
      marks.push({ kind: 'line', name, keys, axis, grid, box: { x0: ox + n('x1'), y0: oy + n('y1'), x1: ox + n('x2'), y1: oy + n('y2') } });
    } else {
      const d = el.getAttribute('d') ?? '';
      const points = polyline(d);
      if (points && points.length >= 2 && /[Zz]/.test(d)) {
        // A closed shape (a diamond, a triangle): its box.
        const xs = points.map(([x]) => ox + x);
        const ys = points.map(([, y]) => oy + y);
        marks.push({
          kind: 'dot',
          name,
          keys,
          axis,
          grid,
          box: { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) },
        });
      } else if (points && points.length >= 2) {
        points.slice(1).forEach(([x, y], i) => {
          const [px, py] = points[i]!;
          marks.push({ kind: 'line', name, keys, axis, grid, box: { x0: ox + px, y0: oy + py, x1: ox + x, y1: oy + y } });
        });
      } else {
        // A symbol (a circle, diamond or triangle) is drawn about the origin its transform moves to its point.
        const numbers = [...d.matchAll(/-?\d*\.?\d+(?:e-?\d+)?/g)].map((m) => Math.abs(Number(m[0])));
        const r = Math.min(Math.max(...numbers, 0), 12);
        if (r === 0) continue;
        marks.push({ kind: 'dot', name, keys, axis, grid, box: { x0: ox - r, x1: ox + r, y0: oy - r, y1: oy + r } });
      }
    }
  }
  return marks;
}
