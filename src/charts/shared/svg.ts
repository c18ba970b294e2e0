export const svgNamespace = 'http://www.w3.org/2000/svg';

/** Coordinates rounded to hundredths keep snapshots stable and files small. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An empty chart root: sized by viewBox so that CSS can scale it, with its accessible name and description. */
export function createChartRoot(
  document: Document,
  {
    width,
    height,
    title,
    description,
    idPrefix,
    lang,
  }: { width: number; height: number; title: string; description: string; idPrefix: string; lang: string },
): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg') as SVGSVGElement;
  svg.setAttribute('xmlns', svgNamespace);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('lang', lang);
  svg.setAttribute('aria-labelledby', `${idPrefix}-title`);
  svg.setAttribute('aria-describedby', `${idPrefix}-desc`);
  const titleElement = document.createElementNS(svgNamespace, 'title');
  titleElement.setAttribute('id', `${idPrefix}-title`);
  titleElement.textContent = title;
  const descElement = document.createElementNS(svgNamespace, 'desc');
  descElement.setAttribute('id', `${idPrefix}-desc`);
  descElement.textContent = description;
  svg.append(titleElement, descElement);
  return svg;
}
