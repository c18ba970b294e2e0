import { classColours } from '../styles/themeCss';
import { leanSvg } from './leanSvg';
import { dropMarkKeys } from './markKeys';

const ownTitle = (mark: Element) => [...mark.children].find((child) => child.tagName.toLowerCase() === 'title');

/**
 * A chart's SVG as the page carries it. A mark's data-label repeats its <title> word for word, and with two drawings
 * of every chart that repetition was about a twentieth of a story page's gzipped bytes; the mark inspector reads the
 * <title> when the attribute is not there. Exports keep both, for editors that show one or the other.
 */
export function pageSvgHtml(svg: SVGSVGElement): string {
  for (const mark of svg.querySelectorAll('[data-mark]')) {
    if (ownTitle(mark)?.textContent === mark.getAttribute('data-label')) mark.removeAttribute('data-label');
  }
  return svg.outerHTML;
}

/** What a mark's evidence attributes say, compared between drawings. */
const evidenceOf = (mark: Element) => `${mark.getAttribute('data-confidence') ?? ''}\n${mark.getAttribute('data-sources') ?? ''}`;

/**
 * A figure's drawings, which show the same marks at two widths: each mark's words are written once, in the last
 * drawing's <title> (the wide one, where a mouse hovers without script), and so are its confidence and sources. An
 * earlier drawing leaves out a mark's <title>, data-confidence and data-sources where the last has the same mark
 * saying the same; the browser gives them back before the drawing first moves, and the inspector reads them across
 * (charts/shared/browser/markTitles.ts). Keys that repeat a mark's data-mark go too (markKeys.ts).
 */
export function figureSvgsHtml(svgs: readonly SVGSVGElement[]): string[] {
  const carrier = svgs.at(-1);
  const carried = new Set(
    [...(carrier?.querySelectorAll('[data-mark]') ?? [])].map((mark) => `${mark.getAttribute('data-mark')}\n${ownTitle(mark)?.textContent ?? ''}`),
  );
  // The first of each mark's elements in the carrier, as the browser reads them across.
  const carriedEvidence = new Map<string, string>();
  for (const mark of carrier?.querySelectorAll('[data-mark]') ?? []) {
    const id = mark.getAttribute('data-mark') ?? '';
    if (!carriedEvidence.has(id)) carriedEvidence.set(id, evidenceOf(mark));
  }
  for (const svg of svgs.slice(0, -1)) {
    for (const mark of svg.querySelectorAll('[data-mark]')) {
      const title = ownTitle(mark);
      if (title && carried.has(`${mark.getAttribute('data-mark')}\n${title.textContent ?? ''}`)) {
        if (mark.getAttribute('data-label') === title.textContent) mark.removeAttribute('data-label');
        title.remove();
      }
      if (mark.hasAttribute('data-sources') && carriedEvidence.get(mark.getAttribute('data-mark') ?? '') === evidenceOf(mark)) {
        mark.removeAttribute('data-confidence');
        mark.removeAttribute('data-sources');
      }
    }
  }
  return svgs.map((svg) => {
    dropMarkKeys(svg);
    leanSvg(svg, classColours);
    return pageSvgHtml(svg);
  });
}
