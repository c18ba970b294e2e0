import { svgNamespace } from '../svg';

/**
 * A figure's two drawings (narrow and wide) show the same marks, and each mark's words are written once per figure:
 * in the wide drawing's <title> elements (components/pageSvg.ts). The narrow drawing's marks find theirs here, by the
 * mark's data-mark, and get their own <title> back before a chart's code first moves them, since that code updates the
 * titles in place.
 */

const marksSelector = '.chart-svg > svg [data-mark]';

const ownTitle = (mark: Element): Element | undefined => [...mark.children].find((child) => child.tagName.toLowerCase() === 'title');

/** Each mark's words in a figure's graphic, by its data-mark, from the drawing that carries them. */
function wordsByMark(graphic: Element): Map<string, string> {
  const words = new Map<string, string>();
  for (const mark of graphic.querySelectorAll(marksSelector)) {
    const id = mark.getAttribute('data-mark');
    const text = ownTitle(mark)?.textContent;
    if (id && text && !words.has(id)) words.set(id, text);
  }
  return words;
}

/** What a mark says: its data-label where a step set one, its own <title>, or the same mark's in the other drawing. */
export function markWords(mark: Element): string {
  const own = mark.getAttribute('data-label') ?? ownTitle(mark)?.textContent;
  if (own) return own;
  const graphic = mark.closest('.chart-graphic');
  return (graphic && wordsByMark(graphic).get(mark.getAttribute('data-mark') ?? '')) ?? '';
}

const restored = new WeakSet<Element>();

/**
 * Gives every mark in the figure of this SVG its <title>, once, while both drawings are still as the build drew
 * them: so the first change of either drawing finds the same titles the chart's code drew.
 */
export function restoreMarkTitles(svg: SVGSVGElement): void {
  const graphic = svg.closest('.chart-graphic');
  if (!graphic || restored.has(graphic)) return;
  restored.add(graphic);
  const words = wordsByMark(graphic);
  for (const mark of graphic.querySelectorAll(marksSelector)) {
    const text = words.get(mark.getAttribute('data-mark') ?? '');
    if (text === undefined || ownTitle(mark)) continue;
    const title = mark.ownerDocument.createElementNS(svgNamespace, 'title');
    title.textContent = text;
    mark.prepend(title);
  }
}
