import { svgNamespace } from '../svg';

/**
 * A figure's two drawings (narrow and wide) show the same marks, and each mark's words, confidence and sources are
 * written once per figure: in the wide drawing's <title> elements, data-confidence and data-sources
 * (components/pageSvg.ts). The narrow drawing's marks find theirs here, by the mark's data-mark, and get their own back
 * before a chart's code first moves them, since that code updates them in place.
 */

const marksSelector = '.chart-svg > svg [data-mark]';

const ownTitle = (mark: Element): Element | undefined => [...mark.children].find((child) => child.tagName.toLowerCase() === 'title');

/** Where a figure's drawings carry each mark's words, confidence and sources: the first element of the mark that has them. */
interface Carried {
  words: Map<string, string>;
  evidence: Map<string, Element>;
}

function carriedByMark(graphic: Element): Carried {
  const carried: Carried = { words: new Map(), evidence: new Map() };
  for (const mark of graphic.querySelectorAll(marksSelector)) {
    const id = mark.getAttribute('data-mark');
    if (!id) continue;
    const text = ownTitle(mark)?.textContent;
    if (text && !carried.words.has(id)) carried.words.set(id, text);
    if (mark.hasAttribute('data-sources') && !carried.evidence.has(id)) carried.evidence.set(id, mark);
  }
  return carried;
}

/** What a mark says: its data-label where a step set one, its own <title>, or the same mark's in the other drawing. */
export function markWords(mark: Element): string {
  const own = mark.getAttribute('data-label') ?? ownTitle(mark)?.textContent;
  if (own) return own;
  const graphic = mark.closest('.chart-graphic');
  return (graphic && carriedByMark(graphic).words.get(mark.getAttribute('data-mark') ?? '')) ?? '';
}

/** The ids of a mark's sources: its own data-sources, or the same mark's in the other drawing. */
export function markSources(mark: Element): string[] {
  const graphic = mark.closest('.chart-graphic');
  const own =
    mark.getAttribute('data-sources') ??
    (graphic && carriedByMark(graphic).evidence.get(mark.getAttribute('data-mark') ?? ''))?.getAttribute('data-sources');
  return [...new Set((own ?? '').split(' ').filter(Boolean))];
}

const restored = new WeakSet<Element>();

/**
 * Gives every mark in the figure of this SVG its <title>, data-confidence and data-sources, once, while both drawings
 * are still as the build drew them: so the first change of either drawing finds what the chart's code drew.
 */
export function restoreMarkTitles(svg: SVGSVGElement): void {
  const graphic = svg.closest('.chart-graphic');
  if (!graphic || restored.has(graphic)) return;
  restored.add(graphic);
  const { words, evidence } = carriedByMark(graphic);
  for (const mark of graphic.querySelectorAll(marksSelector)) {
    const id = mark.getAttribute('data-mark') ?? '';
    const carrier = evidence.get(id);
    if (carrier && !mark.hasAttribute('data-sources')) {
      for (const name of ['data-confidence', 'data-sources']) {
        const value = carrier.getAttribute(name);
        if (value !== null) mark.setAttribute(name, value);
      }
    }
    const text = words.get(id);
    if (text === undefined || ownTitle(mark)) continue;
    const title = mark.ownerDocument.createElementNS(svgNamespace, 'title');
    title.textContent = text;
    mark.prepend(title);
  }
}
