import type { SourceRef } from '../charts/shared/evidence';

/** The inspector's words in the page's language, written once by the layout (components/InspectorLabels.astro). */
export interface InspectorText {
  label: string;
  close: string;
  sources: string;
  confidence: Record<string, string>;
}

let pageText: InspectorText | undefined;

function inspectorText(): InspectorText | undefined {
  const json = document.querySelector('script[data-inspector-labels]')?.textContent;
  pageText ??= json ? (JSON.parse(json) as InspectorText) : undefined;
  return pageText;
}

/**
 * Shows a chart mark's evidence — what it shows, how sure, and its sources as links — for pointer, touch and
 * keyboard alike. Marks are found by their data-mark attributes, so it works for every chart and every step.
 * The sources arrive with the chart's data: the tip opens at once and its links follow.
 */
export function inspectMarks(figure: HTMLElement, loadSources: () => Promise<readonly SourceRef[]>): void {
  const graphic = figure.querySelector<HTMLElement>('.chart-graphic');
  const text = inspectorText();
  if (!graphic || !text) return;
  const tip = document.createElement('div');
  tip.className = 'mark-tip';
  tip.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  graphic.append(tip, live);
  let sourcesById: Promise<Map<string, SourceRef>> | undefined;
  const sources = () =>
    (sourcesById ??= loadSources().then(
      (list) => new Map(list.map((s) => [s.id, s])),
      () => {
        sourcesById = undefined;
        return new Map<string, SourceRef>();
      },
    ));
  let current: SVGElement | undefined;

  // One stop per mark, even where a chart tags both a dot and its label with the same mark.
  const visibleMarks = () => {
    const seen = new Set<string>();
    return [...graphic.querySelectorAll<SVGElement>('.chart-svg [data-mark]')].filter((mark) => {
      const id = mark.dataset['mark'] ?? '';
      if (seen.has(id) || mark.getClientRects().length === 0 || mark.getAttribute('opacity') === '0') return false;
      seen.add(id);
      return true;
    });
  };

  const show = (mark: SVGElement) => {
    current = mark;
    tip.replaceChildren();
    const label = document.createElement('p');
    // The page's drawings carry a mark's words once, in its <title> (components/pageSvg.ts); a moved mark may also have data-label.
    label.textContent = mark.dataset['label'] ?? mark.querySelector(':scope > title')?.textContent ?? '';
    const confidence = document.createElement('p');
    confidence.className = `mark-tip-confidence confidence-${mark.dataset['confidence']}`;
    confidence.textContent = text.confidence[mark.dataset['confidence'] ?? ''] ?? '';
    const list = document.createElement('ul');
    list.setAttribute('aria-label', text.sources);
    void listSources(mark, list);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'mark-tip-close';
    close.textContent = '×';
    close.setAttribute('aria-label', text.close);
    close.addEventListener('click', hide);
    tip.append(close, label, confidence, list);
    tip.hidden = false;
    place(mark);
    graphic.querySelectorAll('[data-inspected]').forEach((m) => m.removeAttribute('data-inspected'));
    mark.setAttribute('data-inspected', '');
    live.textContent = `${label.textContent} ${confidence.textContent}`;
  };

  /** Each source as a link (its id alone if the data could not be fetched), then the tip placed again to fit. */
  async function listSources(mark: SVGElement, list: HTMLUListElement) {
    const byId = await sources();
    if (current !== mark) return;
    for (const id of (mark.dataset['sources'] ?? '').split(' ').filter(Boolean)) {
      const source = byId.get(id);
      const item = document.createElement('li');
      // A source whose own address is not known is named, not linked.
      const link = document.createElement(source?.url ? 'a' : 'span');
      if (link instanceof HTMLAnchorElement && source?.url) {
        link.href = source.url;
        link.rel = 'external noopener';
      }
      link.textContent = source ? `${source.publisher}, ${source.title}` : id;
      item.append(link);
      list.append(item);
    }
    place(mark);
  }

  /** Below the mark, or above it where the chart ends too soon, and never past the chart's sides. */
  function place(mark: SVGElement) {
    const box = mark.getBoundingClientRect();
    const frame = graphic!.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - frame.left + box.width / 2 - tip.offsetWidth / 2), frame.width - tip.offsetWidth);
    const below = box.bottom - frame.top + 8;
    const top = below + tip.offsetHeight > frame.height ? Math.max(0, box.top - frame.top - tip.offsetHeight - 8) : below;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }

  function hide() {
    tip.hidden = true;
    current?.removeAttribute('data-inspected');
    current = undefined;
  }

  for (const holder of graphic.querySelectorAll<HTMLElement>('.chart-svg')) {
    holder.tabIndex = 0;
    holder.setAttribute('role', 'group');
    holder.setAttribute('aria-label', text.label);
    holder.addEventListener('pointerover', (event) => {
      const mark = (event.target as Element).closest<SVGElement>('[data-mark]');
      if (mark && event.pointerType === 'mouse') show(mark);
    });
    holder.addEventListener('click', (event) => {
      const mark = (event.target as Element).closest<SVGElement>('[data-mark]');
      if (mark) show(mark);
      else hide();
    });
    holder.addEventListener('keydown', (event) => {
      const marks = visibleMarks();
      if (marks.length === 0) return;
      const index = current ? marks.findIndex((m) => m.dataset['mark'] === current?.dataset['mark']) : -1;
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step !== undefined) {
        event.preventDefault();
        show(marks[(index + step + marks.length) % marks.length]!);
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        show(marks[event.key === 'Home' ? 0 : marks.length - 1]!);
      } else if (event.key === 'Escape') {
        hide();
      }
    });
  }
  graphic.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && !tip.contains(document.activeElement)) hide();
  });
}
