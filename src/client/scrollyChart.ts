import { chartUpdaters, type ChartUpdater } from './chartUpdaters';
import type { Locale } from '../i18n/locales';
import { chartPayload, figureLabels } from '../charts/shared/browser/figurePayload';
import { pageTheme } from '../charts/shared/browser/pageTheme';
import { idle } from './idle';
import { whenReaderScrolls } from './readerIntent';
import { intlLoaded } from './warmIntl';
import { decide, type ScrollyEvent, type ScrollyState } from '../scrolly/activeStep';
import { readSteps, watchSteps } from '../scrolly/controller';
import { offsetStep, stepFromHash, stepStatus } from '../scrolly/steps';
import { shortScreenQuery, sideBySideQuery, wideDrawingQuery } from './screenLayouts';
import { addShortDrawing } from './shortDrawing';
import { addStepControls } from './stepControls';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
// Where global.css swaps the narrow drawing for the wide one.
const layoutSwitch = window.matchMedia(wideDrawingQuery);
// A screen too short for either built drawing: the chart is drawn again to its height, once near.
const shortScreen = window.matchMedia(shortScreenQuery);
// Steps beside the chart (wide screens, phones held sideways; as in global.css) take over in the middle of the screen.
// On phones a card comes up from the bottom, below the chart, so its step takes over as soon as it appears. Read once,
// before any chart touches the page: a media query read after a change to the page forces a layout.
const sideBySide = window.matchMedia(sideBySideQuery).matches;
const stepLine = sideBySide ? 0.5 : 0.9;

/** A chart beside its steps: scrolling, the step buttons and #step links all move the chart in place. */
class ScrollyChart extends HTMLElement {
  #figure!: HTMLElement;
  #steps: HTMLElement[] = [];
  #region: Element | null = null;
  #state: ScrollyState = { shown: -1 };
  #loadUpdater!: () => Promise<ChartUpdater>;
  #updater: Promise<ChartUpdater> | undefined;
  /** The step each SVG shows now: the build drew them all at the figure's first data-step. */
  #drawn = new Map<HTMLElement, number>();
  #data: unknown;
  #locale: Locale = 'en';
  /** A step change waiting for the next frame to reach the page, and whether it moves the address. */
  #pending: { followAddress: boolean } | undefined;

  connectedCallback() {
    const figure = this.querySelector<HTMLElement>('figure[data-chart]');
    const labels = figure ? figureLabels(figure) : undefined;
    const chartId = this.dataset['chart'] ?? '';
    const loadUpdater = chartUpdaters[chartId];
    if (!figure || !labels || !loadUpdater) return;
    this.#figure = figure;
    this.#locale = labels.locale;
    this.#steps = [...this.querySelectorAll<HTMLElement>('.step[id]')];
    this.#region = this.closest('.story-section');
    // The chart's code and its data come together, when the chart is first near or first has to move.
    this.#loadUpdater = async () => {
      const [update, payload] = await Promise.all([loadUpdater(), chartPayload(figure)]);
      this.#data = payload.data;
      return update;
    };
    const built = Number(figure.dataset['step'] ?? 0);
    for (const holder of figure.querySelectorAll<HTMLElement>('.chart-svg')) this.#drawn.set(holder, built);
    // The SVG hidden at this screen size is redrawn only if the screen changes and shows it.
    layoutSwitch.addEventListener('change', () => {
      const shown = this.#state.shown;
      for (const [holder, drawn] of this.#drawn) {
        if (drawn !== shown && holder.checkVisibility()) void this.#draw(holder, shown, 0);
      }
    });
    // The chart's code is fetched when the chart comes into view, not with the page: its first change is
    // a screen of reading away.
    const near = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      // The sums wrap labels: they wait for the ICU data, which would otherwise load on the main thread in the first.
      void this.#updaterReady().then((update) => whenReaderScrolls(() => void intlLoaded.then(() => idle(() => this.#prepareSteps(update)))));
    });
    near.observe(this);
    // On a short screen the short drawing is made a few screens ahead (a short screen passes quickly), so that the
    // reader never reads the shrunk one.
    const shortNear = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        shortNear.disconnect();
        void this.#addShortDrawing(chartId);
      },
      { rootMargin: '400% 0px' },
    );
    if (shortScreen.matches) shortNear.observe(this);
    else shortScreen.addEventListener('change', () => shortScreen.matches && shortNear.observe(this), { once: true });

    addStepControls(figure);
    for (const [action, delta] of [
      ['previous', -1],
      ['next', 1],
    ] as const) {
      figure.querySelector(`[data-step-action="${action}"]`)?.addEventListener('click', () => {
        const index = offsetStep(this.#state.shown, delta, this.#steps.length);
        this.#on({ type: 'choose', index, instant: false, view: this.#view() });
      });
    }
    for (const step of this.#steps) {
      step.addEventListener('focusin', () => this.#on({ type: 'focus', index: this.#steps.indexOf(step) }));
    }

    const ids = this.#steps.map((s) => s.id);
    const linked = stepFromHash(location.hash, ids);
    this.#on({ type: 'open', linked });
    // Sections far from the screen are laid out only when near it, so the browser's own jump to a #step can land
    // short of the step; once the page has loaded, the step is brought to where it is read.
    if (linked !== undefined) {
      const land = () => requestAnimationFrame(() => this.#on({ type: 'load', view: this.#view() }));
      if (document.readyState === 'complete') land();
      else window.addEventListener('load', land, { once: true });
    }
    window.addEventListener('hashchange', () => {
      const index = stepFromHash(location.hash, ids);
      if (index !== undefined) this.#on({ type: 'choose', index, instant: true, view: this.#view() });
    });
    watchSteps(this.#steps, this.#region, stepLine, (type, view) => this.#on({ type, view }));
  }

  #view() {
    return readSteps(this.#steps, this.#region, stepLine);
  }

  /** Decides what the event changes, then applies it: the chart's step, the address, the page's scroll. */
  #on(event: ScrollyEvent) {
    const opening = this.#state.shown === -1;
    const decision = decide(this.#state, event, this.#steps.length);
    this.#state = decision.state;
    if (decision.show) {
      if (opening) this.#render(true, false);
      else this.#queueRender(decision.show.followAddress);
    }
    const { scrollTo } = decision;
    // On a phone the card is read where it has fully come up from the bottom, below the chart.
    if (scrollTo) {
      this.#steps[scrollTo.index]?.scrollIntoView({
        block: sideBySide ? 'center' : 'end',
        behavior: scrollTo.instant || reducedMotion.matches ? 'instant' : 'smooth',
      });
    }
  }

  /**
   * Once the reader scrolls, the chart works out each step's costly sums ahead (where its code has any), one step per
   * idle moment, so that a step change only moves marks. Each piece is a small part of a step's drawing; the drawing
   * itself is not rehearsed, as one run of it is too long a task for a slow phone to spend on a guess.
   */
  #prepareSteps(update: ChartUpdater) {
    const prepare = update.prepare;
    const holder = [...this.#drawn.keys()].find((h) => h.checkVisibility());
    if (!prepare || !holder) return;
    const width = Number(holder.dataset['width']);
    const height = holder.dataset['height'] ? Number(holder.dataset['height']) : undefined;
    let step = 0;
    const next = () => {
      prepare(this.#data, { width, height, locale: this.#locale, step });
      if (++step < this.#steps.length) idle(next);
    };
    next();
  }

  /** The chart drawn to a short screen's height, at the step it shows now, then moved with the others. */
  async #addShortDrawing(chartId: string) {
    await this.#updaterReady();
    const step = this.#state.shown;
    const holder = await addShortDrawing({ chartId, figure: this.#figure, data: this.#data, locale: this.#locale, step });
    if (!holder) return;
    this.#drawn.set(holder, step);
    // The reader may have moved on while the chart's code came.
    if (step !== this.#state.shown) void this.#draw(holder, this.#state.shown, 0);
  }

  /** The chart's code and data, fetched once; a failed fetch is forgotten, so the next step tries again. */
  #updaterReady(): Promise<ChartUpdater> {
    this.#updater ??= this.#loadUpdater().catch((error: unknown) => {
      this.#updater = undefined;
      throw error;
    });
    return this.#updater;
  }

  /**
   * The page is changed in the next frame, with the other charts' changes: a chart that changed the page at once
   * would make the next chart's reading of its steps lay the page out again, in the same task. `followAddress` is
   * false for a chart the reader is not among, e.g. every chart set back after a jump to the top.
   */
  #queueRender(followAddress: boolean) {
    if (this.#pending) {
      this.#pending.followAddress ||= followAddress;
      return;
    }
    this.#pending = { followAddress };
    requestAnimationFrame(() => {
      const { followAddress: follow } = this.#pending!;
      this.#pending = undefined;
      this.#render(false, follow);
    });
  }

  /** Puts the figure, its SVGs, its steps and its controls on the current step. */
  #render(initial: boolean, follow: boolean) {
    const index = this.#state.shown;
    if (this.#figure.dataset['step'] === String(index) && !follow && !initial) return;
    this.#figure.dataset['step'] = String(index);
    const duration = initial || reducedMotion.matches ? 0 : 700;
    const behind = [...this.#drawn].filter(([, drawn]) => drawn !== index).map(([holder]) => holder);
    // The drawing moves in a task of its own, after the frame that shows the step's card, status and buttons:
    // together they made one task too long for a slow phone to answer a touch in time. Asked then, after that
    // frame's style pass, whether a holder is shown costs no style pass of its own.
    if (behind.length > 0) {
      setTimeout(() => {
        for (const holder of behind) if (holder.checkVisibility()) void this.#draw(holder, index, duration);
      }, 0);
    }
    this.#steps.forEach((step, i) => step.toggleAttribute('data-active', i === index));
    const status = this.#figure.querySelector<HTMLElement>('.step-status');
    if (status) status.textContent = stepStatus(status.dataset['template'] ?? '{n}/{total}', index, this.#steps.length);
    const [previousButton, nextButton] = ['previous', 'next'].map((a) => this.#figure.querySelector<HTMLButtonElement>(`[data-step-action="${a}"]`));
    if (previousButton) previousButton.disabled = index === 0;
    if (nextButton) nextButton.disabled = index === this.#steps.length - 1;
    if (follow) this.#followAddress(this.#steps[index]!.id);
  }

  /** Moves one SVG to a step, once the chart's code is here and if the reader has not moved on meanwhile. */
  async #draw(holder: HTMLElement, index: number, duration: number) {
    if (index < 0 || this.#drawn.get(holder) === index) return;
    const update = await this.#updaterReady();
    const svg = holder.querySelector('svg');
    if (index !== this.#state.shown || this.#drawn.get(holder) === index || !svg) return;
    this.#drawn.set(holder, index);
    update(svg, this.#data, {
      width: Number(holder.dataset['width']),
      height: holder.dataset['height'] ? Number(holder.dataset['height']) : undefined,
      locale: this.#locale,
      step: index,
      theme: pageTheme(document),
      idPrefix: `${this.dataset['chart']}-${holder.dataset['layout']}`,
      duration,
    });
  }

  /** The address and the language switch follow the reader, so a copied link or a switch keeps the place. */
  #followAddress(stepId: string) {
    history.replaceState(history.state, '', `#${stepId}`);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')) {
      link.hash = stepId;
    }
  }
}

customElements.define('scrolly-chart', ScrollyChart);
