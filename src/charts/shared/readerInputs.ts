// A chart the reader can set (the calculator) keeps the reader's last choice on its SVG: scrolling away and back
// shows it again, and an export of the figure draws what the reader sees.
const readerInputsAttribute = 'data-reader-inputs';

export function rememberReaderInputs(svg: Element, inputs: unknown): void {
  svg.setAttribute(readerInputsAttribute, JSON.stringify(inputs));
}

/** The reader's last choice on an SVG, or undefined if none was made (or the attribute was tampered with). */
export function readerInputsOf(svg: Element): unknown {
  const stored = svg.getAttribute(readerInputsAttribute);
  if (!stored) return undefined;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return undefined;
  }
}
