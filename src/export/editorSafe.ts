/** Evidence a reader or a script may want from a mark; other data-* attributes are the page's join keys. */
const keptData = new Set(['data-mark', 'data-label', 'data-confidence', 'data-sources', 'data-layer']);

/** Attributes that hold coordinates or lengths: their numbers are rounded to hundredths. */
const numericAttributes = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'font-size',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
]);

const decimal = /-?\d*\.\d+(?:e-?\d+)?/gi;

export function roundNumbers(value: string): string {
  return value.replace(decimal, (n) => String(Math.round(Number(n) * 100) / 100));
}

/** Drawn but not seen: marks that wait off stage for another step. A design tool would show them as clutter. */
const invisible = '[opacity="0"], [display="none"], [visibility="hidden"]';

/** What only a page's reader can act on (the scorecard's "hover or tap a row"): meaningless in a file. */
const pageOnlyElements = '[data-page-only]';

/** Elements that run code or pull in another document. */
const active = 'script, style, foreignObject, iframe, audio, video';

/**
 * A chart's SVG made fit for design tools, in place: nothing active, hidden or for the page's reader only, no classes
 * (the page's dark-mode hooks), no page-only attributes, colours resolved, numbers rounded, and ids a designer can
 * read on the layers.
 */
export function makeEditorSafe(root: Element, textColor: string, reservedIds: readonly string[] = []): void {
  for (const element of [...root.querySelectorAll(`${active}, ${invisible}, ${pageOnlyElements}`)]) element.remove();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...element.attributes]) {
      const external = (name === 'href' || name === 'xlink:href') && !value.startsWith('#');
      const pageOnly =
        name === 'class' || name === 'style' || name === 'role' || name === 'tabindex' || name.startsWith('aria-') || name.startsWith('on');
      if (external || pageOnly || (name.startsWith('data-') && !keptData.has(name))) element.removeAttribute(name);
      else if (value === 'currentColor') element.setAttribute(name, textColor);
      else if (numericAttributes.has(name)) element.setAttribute(name, roundNumbers(value));
    }
  }
  readableIds(root, reservedIds);
}

/**
 * Layers take their plain names ("legend", "axes") and marks their data ids, where those are free; a name the
 * file around the chart uses ("background") gets a "chart-" prefix.
 */
function readableIds(root: Element, reservedIds: readonly string[]): void {
  const taken = new Set([...reservedIds, ...[...root.querySelectorAll('[id]')].map((e) => e.id)]);
  const renamed = new Map<string, string>();
  const claim = (element: Element, wanted: string) => {
    const name = [wanted, `chart-${wanted}`].find((candidate) => !taken.has(candidate));
    if (!name) return;
    if (element.id) renamed.set(element.id, name);
    taken.add(name);
    element.id = name;
  };
  for (const layer of root.querySelectorAll('g[data-layer]')) claim(layer, layer.getAttribute('data-layer')!);
  for (const mark of root.querySelectorAll('[data-mark]:not([id])')) claim(mark, `mark-${mark.getAttribute('data-mark')}`);
  if (renamed.size === 0) return;
  // References to a renamed id follow it.
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const updated = value.replace(/url\(#([^)]+)\)|^#(.+)$/, (whole, inUrl?: string, inHref?: string) => {
        const id = inUrl ?? inHref ?? '';
        const to = renamed.get(id);
        if (!to) return whole;
        return inUrl ? `url(#${to})` : `#${to}`;
      });
      if (updated !== value) element.setAttribute(name, updated);
    }
  }
}
