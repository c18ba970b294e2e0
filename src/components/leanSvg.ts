import type { ClassColour } from '../charts/shared/classColours';
import { palettes } from '../charts/shared/theme';

type Paint = 'fill' | 'stroke';

/** Where a compound selector such as `line.muted` or `g.muted[stroke]` stands in the cascade: [classes and attributes, types]. */
function specificity(selector: string): [number, number] {
  return [(selector.match(/[.[]/g) ?? []).length, /^[a-z]/i.test(selector) ? 1 : 0];
}

/**
 * The light colour the page's CSS gives an element that has no attribute of its own for `property`: the rules of
 * `lightClassRules` (styles/themeCss.ts), weighed as the browser weighs them, by specificity and then by order.
 */
function lightClassPaint(element: Element, property: Paint, rules: readonly ClassColour[]): string | undefined {
  let best: { weight: [number, number]; value: string } | undefined;
  for (const rule of rules) {
    const paint = rule[property];
    if (!paint) continue;
    for (const selector of rule.selectors) {
      if (!element.matches(selector)) continue;
      const weight = specificity(selector);
      const [classes, types] = best?.weight ?? [-1, -1];
      if (weight[0] > classes || (weight[0] === classes && weight[1] >= types)) {
        best = { weight, value: paint === 'none' ? 'none' : palettes.light[paint] };
      }
    }
  }
  return best?.value;
}

/** What SVG paints with where nothing says otherwise. */
const initialPaint: Record<Paint, string> = { fill: '#000000', stroke: 'none' };

/** Geometry, where a tenth of a pixel is finer than any screen shows. Colours, widths and dashes keep their digits. */
const geometry = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height', 'd', 'transform', 'points', 'dx', 'dy'];

/** Pixel numbers only: a length in em (a label's line spacing) keeps its digits. */
const roundTenths = (value: string) => value.replace(/-?\d*\.\d{2,}(?![\d.]|e[mx]|%)/gi, (number) => String(Math.round(Number(number) * 10) / 10));

/**
 * Attributes an element inherits, with the SVG default where no ancestor sets one: an element need not repeat what
 * it would inherit anyway. Opacity is not among them: it is not inherited, and a transition from a missing opacity
 * would start from 0.
 */
const inherited: Record<string, string | undefined> = {
  'font-size': undefined,
  'font-weight': '400',
  'text-anchor': 'start',
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'fill-opacity': '1',
  'stroke-opacity': '1',
};

/**
 * A figure's drawing made lighter for the page, drawn the same: a mark's colour attribute goes where the page's CSS
 * gives that class the same colour (the dark theme already recolours by class), coordinates keep one decimal, and
 * attributes that repeat what the element would inherit go, as do empty unnamed groups, layers' ids, the font
 * attribute, which the page's CSS outweighs, and a text's stored colour where it is the colour it has. The chart's code
 * sets every attribute again when it moves a mark; the exported files are drawn afresh, with all their attributes.
 */
export function leanSvg(svg: SVGSVGElement, rules: readonly ClassColour[]): void {
  // A mark that takes its colour from its group (as Plot draws) or has none would take its class's colour from those
  // rules: it says what it inherits, so that it keeps it.
  for (const element of svg.querySelectorAll('*')) {
    for (const property of ['fill', 'stroke'] as const) {
      if (element.hasAttribute(property)) continue;
      const inherits = element.parentElement?.closest(`[${property}]`)?.getAttribute(property) ?? initialPaint[property];
      const byClass = lightClassPaint(element, property, rules);
      if (byClass !== undefined && byClass !== inherits.toLowerCase()) element.setAttribute(property, inherits);
    }
  }
  for (const element of svg.querySelectorAll('*')) {
    // A text's data-fill keeps its own colour while a step sets it back (charts/shared/fade.ts); where it is its
    // colour now, the chart's code writes it again the first time it sets the text back.
    if (element.getAttribute('data-fill') === (element.getAttribute('fill') ?? '')) element.removeAttribute('data-fill');
    for (const property of ['fill', 'stroke'] as const) {
      const own = element.getAttribute(property);
      if (own === null) continue;
      element.removeAttribute(property);
      if (lightClassPaint(element, property, rules) !== own.toLowerCase()) element.setAttribute(property, own);
    }
    for (const name of geometry) {
      const value = element.getAttribute(name);
      if (value !== null && /\.\d{2}/.test(value)) element.setAttribute(name, roundTenths(value));
    }
    for (const [name, fallback] of Object.entries(inherited)) {
      const value = element.getAttribute(name);
      const parentSays = element.parentElement?.closest(`[${name}]`)?.getAttribute(name) ?? fallback;
      if (value !== null && value === parentSays) element.removeAttribute(name);
    }
  }
  // The page's CSS sets the drawings' font (global.css, `.chart-svg svg`), which outweighs the attribute.
  svg.removeAttribute('font-family');
  // A layer's id is set again whenever the chart moves; where nothing in the drawing refers to it, the page needs none.
  const referenced = new Set(
    [...svg.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].flatMap((a) => [...a.value.matchAll(/#([\w-]+)/g)].map((m) => m[1]!)),
    ),
  );
  for (const group of svg.querySelectorAll('g[data-layer][id]')) {
    if (!referenced.has(group.id)) group.removeAttribute('id');
  }
  for (const group of svg.querySelectorAll('g')) {
    if (group.childNodes.length === 0 && !group.hasAttribute('id') && ![...group.attributes].some((a) => a.name.startsWith('data-'))) group.remove();
  }
}
