/** An SVG element as the text of a file: an XML declaration, then the element with its namespace. */
export function serializeSvg(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView;
  if (!view) throw new Error('serializeSvg needs an element whose document has a window (the page, or jsdom)');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new view.XMLSerializer().serializeToString(svg)}\n`;
}
