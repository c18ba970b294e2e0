/**
 * Gives a drawing's marks back the keys the page left out where they repeated the mark's data-mark (the attributes
 * named on the root's data-mark-keys: components/markKeys.ts), before the chart's code first looks for its marks by
 * them. Once per drawing, a copy of it too: the root's attribute goes once they are back.
 */
export function restoreMarkKeys(svg: SVGSVGElement): void {
  const names = svg.getAttribute('data-mark-keys');
  if (names === null) return;
  svg.removeAttribute('data-mark-keys');
  const attributes = names.split(' ').map((name) => `data-${name}`);
  for (const mark of svg.querySelectorAll('[data-mark]')) {
    const id = mark.getAttribute('data-mark') ?? '';
    for (const name of attributes) if (!mark.hasAttribute(name)) mark.setAttribute(name, id);
  }
}
