import type { SourceRef } from '../charts/shared/evidence';
import { markSources, markWords } from '../charts/shared/browser/markEvidence';
import { placeTip } from './tipPlacement';

/** The inspector's words in the page's language, written once by the layout (components/InspectorLabels.astro). */
export interface InspectorText {
  label: string;
  close: string;
  sources: string;
}

let pageText: InspectorText | undefined;

function inspectorText(): InspectorText | undefined {
  const json = document.querySelector('script[data-inspector-labels]')?.textContent;
  pageText ??= json ? (JSON.parse(json) as InspectorText) : undefined;
  return pageText;
}

/** How far the page may scroll under an open tip before it closes: a tap's own small jolt does not count. */
const scrollSlack = 24;

/**
 * Shows a chart mark's evidence — what it shows, how sure, and its sources as links — for pointer, touch and
 * keyboard alike. Marks are found by their data-mark attributes, so it works for every chart and every step.
 * The sources arrive with the chart's data: the tip opens at once and its links follow. The tip is small and sits
 * beside its mark, never over it; it closes when the reader scrolls on, the chart changes step, a tap or click lands
 * elsewhere, or Escape is pressed, so it never follows the reader through the story.
 */
export function inspectMarks(figure: HTMLElement, loadSources: () => Promise<readonly SourceRef[]>): void {
  const graphic = figure.querySelector<HTMLElement>('.chart-graphic');
  const text = inspectorText();
  if (!graphic || !text) return;
  const chinese = document.documentElement.lang.startsWith('zh');
  const tip = document.createElement('div');
  tip.className = 'mark-tip';
  tip.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  graphic.append(tip, live);
  // Asked each time a tip opens: the files behind it are fetched once (figurePayload.ts), and one that failed is asked
  // for again, so the tip of a mark whose words did not arrive the first time gets them now.
  const sources = () =>
    loadSources().then(
      (list) => new Map(list.map((s) => [s.id, s])),
      () => new Map<string, SourceRef>(),
    );
  let current: SVGElement | undefined;
  let openedAt = 0;

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
    openedAt = window.scrollY;
    tip.replaceChildren();
    const label = document.createElement('p');
    const evidence = document.createElement('p');
    evidence.className = 'mark-tip-sources';
    const list = document.createElement('span');
    const sourcesLead = `${text.sources}${chinese ? '：' : ': '}`;
    evidence.append(sourcesLead, list);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'mark-tip-close';
    close.textContent = '×';
    close.setAttribute('aria-label', text.close);
    close.addEventListener('click', hide);
    tip.append(close, label, evidence);
    tip.hidden = false;
    say(mark, label, sourcesLead);
    place(mark);
    graphic.querySelectorAll('[data-inspected]').forEach((m) => m.removeAttribute('data-inspected'));
    mark.setAttribute('data-inspected', '');
    void listSources(mark, label, list, sourcesLead);
  };

  /** The mark's words, which end with its sources by name: the tip gives those as links instead. */
  function say(mark: SVGElement, label: HTMLElement, sourcesLead: string) {
    const words = markWords(mark);
    const cut = words.lastIndexOf(sourcesLead);
    label.textContent = cut > 0 ? words.slice(0, cut).trimEnd() : words;
    live.textContent = words;
  }

  /**
   * Each source as a link named by its publisher (its id alone if the data could not be fetched), then the tip placed
   * again to fit. A mark inspected before its figure's payload arrived gets its words with it.
   */
  async function listSources(mark: SVGElement, label: HTMLElement, list: HTMLElement, sourcesLead: string) {
    const byId = await sources();
    if (current !== mark) return;
    if (!label.textContent) say(mark, label, sourcesLead);
    for (const [i, id] of markSources(mark).entries()) {
      const source = byId.get(id);
      // A source whose own address is not known is named, not linked.
      const link = document.createElement(source?.url ? 'a' : 'span');
      if (link instanceof HTMLAnchorElement && source?.url) {
        link.href = source.url;
        link.rel = 'external noopener';
      }
      link.textContent = source?.publisher ?? id;
      if (source) link.title = `${source.publisher}, ${source.title}`;
      if (i > 0) list.append(chinese ? '、' : ', ');
      list.append(link);
    }
    place(mark);
  }

  /** Beside the mark, else below or above it, inside the part of the chart on screen (tipPlacement.ts). */
  function place(mark: SVGElement) {
    const box = mark.getBoundingClientRect();
    const frame = graphic!.getBoundingClientRect();
    const top = Math.max(0, -frame.top);
    const area = { left: 0, top, width: frame.width, height: Math.min(frame.height, window.innerHeight - frame.top) - top };
    const markBox = { left: box.left - frame.left, top: box.top - frame.top, width: box.width, height: box.height };
    const at = placeTip(markBox, { width: tip.offsetWidth, height: tip.offsetHeight }, area);
    tip.style.left = `${Math.round(at.left)}px`;
    tip.style.top = `${Math.round(at.top)}px`;
  }

  function hide() {
    if (tip.hidden) return;
    // Focus inside the tip goes back to the drawing, so a keyboard reader is not left on nothing.
    if (tip.contains(document.activeElement)) graphic!.querySelector<HTMLElement>('.chart-svg:not([hidden])')?.focus({ preventScroll: true });
    tip.hidden = true;
    current?.removeAttribute('data-inspected');
    current = undefined;
  }

  const watch = (holder: HTMLElement) => {
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
      }
    });
  };
  graphic.querySelectorAll<HTMLElement>('.chart-svg').forEach(watch);
  // A drawing made later in the page (a short screen's: src/client/shortDrawing.ts) answers the same way.
  new MutationObserver((records) => {
    for (const node of records.flatMap((r) => [...r.addedNodes])) {
      if (node instanceof HTMLElement && node.classList.contains('chart-svg')) watch(node);
    }
  }).observe(graphic, { childList: true });
  graphic.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && !tip.contains(document.activeElement)) hide();
  });

  // Whatever the reader does next closes it: Escape, a tap or click outside the tip and the marks, scrolling on, a new step.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      const target = event.target as Element;
      if (!tip.contains(target) && !(graphic.contains(target) && target.closest('[data-mark]'))) hide();
    },
    { capture: true },
  );
  window.addEventListener(
    'scroll',
    () => {
      if (!tip.hidden && Math.abs(window.scrollY - openedAt) > scrollSlack) hide();
    },
    { passive: true },
  );
  new MutationObserver(hide).observe(figure, { attributeFilter: ['data-step'] });
}
