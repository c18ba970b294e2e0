import { dropMarkEvidence, ownTitle } from '../charts/shared/markEvidence';
import { classColours } from '../styles/themeCss';
import { leanSvg } from './leanSvg';
import { dropMarkKeys } from './markKeys';

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

/**
 * A figure's drawings, which show the same marks at two widths, as the page carries them: without their marks' words,
 * confidence and sources, which come with the figure's payload and are given back before the chart first moves or a
 * mark is inspected (charts/shared/browser/markEvidence.ts). Keys that repeat a mark's data-mark go too (markKeys.ts).
 */
export function figureSvgsHtml(svgs: readonly SVGSVGElement[]): string[] {
  return svgs.map((svg) => {
    dropMarkEvidence(svg);
    dropMarkKeys(svg);
    leanSvg(svg, classColours);
    return svg.outerHTML;
  });
}
