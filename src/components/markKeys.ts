/**
 * Attributes by which a chart's code finds its marks again (joins' data-key, steps' data-step-key, rows' data-row)
 * that, on the marks of some charts, only repeat the mark's data-mark. A drawing whose every mark has such an
 * attribute leaves it out where it repeats data-mark and names it on the root's data-mark-keys; the browser puts it
 * back before the chart first moves (charts/shared/browser/markKeys.ts). Where some marks lack the attribute, it stays:
 * giving it back to every mark would tag marks the chart's code leaves alone.
 */
const markKeyAttributes = ['data-key', 'data-step-key', 'data-row'] as const;

export function dropMarkKeys(svg: SVGSVGElement): void {
  const marks = [...svg.querySelectorAll('[data-mark]')];
  const dropped: string[] = [];
  for (const name of markKeyAttributes) {
    if (marks.length === 0 || !marks.every((mark) => mark.hasAttribute(name))) continue;
    const repeating = marks.filter((mark) => mark.getAttribute(name) === mark.getAttribute('data-mark'));
    if (repeating.length === 0) continue;
    for (const mark of repeating) mark.removeAttribute(name);
    dropped.push(name.slice('data-'.length));
  }
  if (dropped.length > 0) svg.setAttribute('data-mark-keys', dropped.join(' '));
}
