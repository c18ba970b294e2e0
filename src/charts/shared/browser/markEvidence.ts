import { ownTitle, type StepMarkEvidence } from '../markEvidence';
import { svgNamespace } from '../svg';

/**
 * A page's drawings carry no mark's words, confidence or sources: they come with the figure's payload, step by step
 * (components/pageSvg.ts). Here every mark of a figure gets them back, as the step it was drawn at has them, before a
 * chart's code first moves it (that code updates them in place) or the inspector reads them.
 */

/** What a mark says: its data-label where a step set one, else its own <title>. */
export function markWords(mark: Element): string {
  return mark.getAttribute('data-label') ?? ownTitle(mark)?.textContent ?? '';
}

/** The ids of a mark's sources. */
export function markSources(mark: Element): string[] {
  return [...new Set((mark.getAttribute('data-sources') ?? '').split(' ').filter(Boolean))];
}

const restored = new WeakSet<Element>();

/** Gives every mark of the figure's drawings its <title>, data-confidence and data-sources, once. */
export function restoreMarkEvidence(figure: Element, steps: readonly StepMarkEvidence[]): void {
  if (restored.has(figure)) return;
  restored.add(figure);
  for (const svg of figure.querySelectorAll('.chart-svg > svg')) {
    const evidence = steps[Number(svg.getAttribute('data-step') ?? 0)] ?? steps[0] ?? {};
    for (const mark of svg.querySelectorAll('[data-mark]')) {
      const { words, confidence, sources } = evidence[mark.getAttribute('data-mark') ?? ''] ?? {};
      if (sources !== undefined && !mark.hasAttribute('data-sources')) {
        mark.setAttribute('data-sources', sources);
        if (confidence !== undefined) mark.setAttribute('data-confidence', confidence);
      }
      if (words === undefined || ownTitle(mark)) continue;
      const title = mark.ownerDocument.createElementNS(svgNamespace, 'title');
      title.textContent = words;
      mark.prepend(title);
    }
  }
}
