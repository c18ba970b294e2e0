/** What one mark says and on what evidence: its <title>, data-confidence and data-sources as a drawing writes them. */
interface MarkEvidence {
  words?: string;
  confidence?: string;
  /** Source ids, space-separated, as in data-sources. */
  sources?: string;
}

/** Each mark's evidence at one step, by the mark's data-mark. */
export type StepMarkEvidence = Record<string, MarkEvidence>;

/** A mark's own <title>, not one of its children's. */
export const ownTitle = (mark: Element): Element | undefined => [...mark.children].find((child) => child.tagName.toLowerCase() === 'title');

/**
 * Each mark's evidence as a drawing carries it: the words of the first of the mark's elements with a <title>, the
 * confidence and sources of the first with data-sources (a dot and its label can share a mark).
 */
export function readMarkEvidence(svg: Element): StepMarkEvidence {
  const evidence: StepMarkEvidence = {};
  for (const mark of svg.querySelectorAll('[data-mark]')) {
    const id = mark.getAttribute('data-mark') ?? '';
    const entry = (evidence[id] ??= {});
    const words = ownTitle(mark)?.textContent;
    if (words && entry.words === undefined) entry.words = words;
    const sources = mark.getAttribute('data-sources');
    if (sources !== null && entry.sources === undefined) {
      entry.sources = sources;
      const confidence = mark.getAttribute('data-confidence');
      if (confidence !== null) entry.confidence = confidence;
    }
  }
  return evidence;
}

/**
 * A drawing without its marks' words and evidence, which a page's figure carries in its payload instead (a data-label
 * that repeats the words goes with them). The browser gives them back before the chart first moves
 * (browser/markEvidence.ts).
 */
export function dropMarkEvidence(svg: Element): void {
  for (const mark of svg.querySelectorAll('[data-mark]')) {
    const title = ownTitle(mark);
    if (title && mark.getAttribute('data-label') === title.textContent) mark.removeAttribute('data-label');
    title?.remove();
    mark.removeAttribute('data-confidence');
    mark.removeAttribute('data-sources');
  }
}
