/**
 * A chart's SVG as the page carries it. A mark's data-label repeats its <title> word for word, and with two drawings
 * of every chart that repetition was about a twentieth of a story page's gzipped bytes; the mark inspector reads the
 * <title> when the attribute is not there. Exports keep both, for editors that show one or the other.
 */
export function pageSvgHtml(svg: SVGSVGElement): string {
  for (const mark of svg.querySelectorAll('[data-label]')) {
    const title = [...mark.children].find((child) => child.tagName.toLowerCase() === 'title');
    if (title?.textContent === mark.getAttribute('data-label')) mark.removeAttribute('data-label');
  }
  return svg.outerHTML;
}
