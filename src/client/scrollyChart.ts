import { chartUpdaters, type ChartUpdater } from './chartUpdaters';
import type { Locale } from '../i18n/locales';
import { chartPayload, figureLabels } from '../charts/shared/browser/figurePayload';
import { pageTheme } from '../charts/shared/browser/pageTheme';
import { idle } from './idle';
import { whenReaderScrolls } from './readerIntent';
import './warmIntl';
import { observeSteps } from '../scrolly/controller';
import { offsetStep, stepFromHash, stepStatus } from '../scrolly/steps';
import { addStepControls } from './stepControls';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
// Where global.css swaps the narrow drawing for the wide one.
const layoutSwitch = window.matchMedia('(min-width: 34rem)');
// Steps beside the chart (wide screens, phones held sideways; as in global.css) take over in the middle of the screen.
// On phones a card comes up from the bottom, below the chart, so its step takes over as soon as it appears. Read once,
// before any chart touches the page: a media query read after a change to the page forces a layout.
const sideBySide = window.matchMedia('(min-width: 64rem), (orientation: landscape) and (max-height: 32rem)').matches;
const stepLine = sideBySide ? 0.5 : 0.9;

/** A chart beside its steps: scrolling, the step buttons and #step links all move the chart in place. */
class ScrollyChart extends HTMLElement {
  #figure!: HTMLElement;
  #steps: HTMLElement[] = [];
  #current = -1;
  #loadUpdater!: () => Promise<ChartUpdater>;
  #updater: Promise<ChartUpdater> | undefined;
  /** The step each SVG shows now: the build drew them all at the figure's first data-step. */
  #drawn = new Map<HTMLElement, number>();
  #data: unknown;
  #locale: Locale = 'en';
  #scrollTarget: number | undefined;
  /** A #step link waiting for the page to load before it brings its step into place. */
  #landing = false;
  #scrollTimer = 0;
  /** A step change waiting for the next frame to reach the page, and whether it moves the address. */
  #renderQueued = false;
  #followPending = false;

  connectedCallback() {
    const figure = this.querySelector<HTMLElement>('figure[data-chart]');
    const labels = figure ? figureLabels(figure) : undefined;
    const chartId = this.dataset['chart'] ?? '';
    const loadUpdater = chartUpdaters[chartId];
    if (!figure || !labels || !loadUpdater) return;
    this.#figure = figure;
    this.#locale = labels.locale;
    this.#steps = [...this.querySelectorAll<HTMLElement>('.step[data-step-id]')];
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
      for (const [holder, drawn] of this.#drawn) {
        if (drawn !== this.#current && holder.checkVisibility()) void this.#draw(holder, this.#current, 0);
      }
    });
    // The chart's code is fetched when the chart comes into view, not with the page: its first change is
    // a screen of reading away.
    const near = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      void this.#updaterReady().then((update) => whenReaderScrolls(() => this.#prepareSteps(update)));
    });
    near.observe(this);

    addStepControls(figure);
    figure
      .querySelector('[data-step-action="previous"]')
      ?.addEventListener('click', () => this.#go(offsetStep(this.#current, -1, this.#steps.length), true));
    figure
      .querySelector('[data-step-action="next"]')
      ?.addEventListener('click', () => this.#go(offsetStep(this.#current, 1, this.#steps.length), true));
    for (const step of this.#steps) {
      step.addEventListener('focusin', () => this.#show(this.#steps.indexOf(step)));
    }

    const ids = this.#steps.map((s) => s.id);
    const linked = stepFromHash(location.hash, ids);
    this.#show(linked ?? 0, true);
    // Sections far from the screen are laid out only when near it, so the browser's own jump to a #step can land
    // short of the step; once the page has loaded, the step is brought to where it is read.
    if (linked !== undefined) {
      // Until then, where the page happens to be does not move the chart or the address.
      this.#scrollTarget = linked;
      this.#landing = true;
      const land = () =>
        requestAnimationFrame(() => {
          this.#landing = false;
          this.#go(linked, true, true);
        });
      if (document.readyState === 'complete') land();
      else window.addEventListener('load', land, { once: true });
    }
    window.addEventListener('hashchange', () => {
      const index = stepFromHash(location.hash, ids);
      if (index !== undefined) this.#go(index, true, true);
    });
    // Registered before the controller's own listener, so that where a glide ends, the steps' positions decide.
    window.addEventListener('scrollend', () => {
      if (!this.#landing) this.#scrollTarget = undefined;
    });
    observeSteps(
      this.#steps,
      ({ index, reading }) => {
        if (this.#scrollTarget === undefined || this.#scrollTarget === index) this.#show(index, false, reading);
      },
      stepLine,
      this.closest('.story-section'),
    );
  }

  /** Button presses and links bring the step's text into view too, so reading and chart stay together. */
  #go(index: number, scroll: boolean, instant = false) {
    this.#show(index);
    if (!scroll) return;
    // While the page glides to the chosen step, the steps it passes must not take the chart back.
    this.#scrollTarget = index;
    window.clearTimeout(this.#scrollTimer);
    this.#scrollTimer = window.setTimeout(() => (this.#scrollTarget = undefined), 3000);
    // On a phone the card is read where it has fully come up from the bottom, below the chart.
    this.#steps[index]?.scrollIntoView({ block: sideBySide ? 'center' : 'end', behavior: instant || reducedMotion.matches ? 'instant' : 'smooth' });
  }

  /**
   * Once the reader scrolls, the chart gets ready to move: each step's costly sums are worked out, then the
   * drawing code runs once on a copy the reader never sees, so that its first real run is not its slowest. One
   * piece per idle moment.
   */
  #prepareSteps(update: ChartUpdater) {
    const holder = [...this.#drawn.keys()].find((h) => h.checkVisibility());
    const svg = holder?.querySelector('svg');
    if (!holder || !svg) return;
    const width = Number(holder.dataset['width']);
    const options = (step: number) => ({ width, locale: this.#locale, step });
    const pieces = [
      ...(update.prepare ? this.#steps.map((_, step) => () => update.prepare!(this.#data, options(step))) : []),
      () =>
        update(svg.cloneNode(true) as SVGSVGElement, this.#data, {
          ...options(this.#steps.length > 1 ? 1 : 0),
          theme: pageTheme(document),
          idPrefix: 'rehearsal',
          duration: 0,
        }),
    ];
    const next = () => {
      pieces.shift()?.();
      if (pieces.length > 0) idle(next);
    };
    next();
  }

  /** The chart's code and data, fetched once; a failed fetch is forgotten, so the next step tries again. */
  #updaterReady(): Promise<ChartUpdater> {
    this.#updater ??= this.#loadUpdater().catch((error: unknown) => {
      this.#updater = undefined;
      throw error;
    });
    return this.#updater;
  }

  /** `followAddress` is false for a chart the reader is not among, e.g. every chart set back after a jump to the top. */
  #show(index: number, initial = false, followAddress = true) {
    if (index === this.#current || index < 0) return;
    const previous = this.#current;
    this.#current = index;
    const follow = !initial && previous !== -1 && followAddress;
    if (initial) {
      this.#render(true, follow);
      return;
    }
    // The page is changed in the next frame, with the other charts' changes: a chart that changed the page at once
    // would make the next chart's look at its steps lay the page out again, in the same task.
    this.#followPending ||= follow;
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    requestAnimationFrame(() => {
      this.#renderQueued = false;
      const followNow = this.#followPending;
      this.#followPending = false;
      this.#render(false, followNow);
    });
  }

  /** Puts the figure, its SVGs, its steps and its controls on the current step. */
  #render(initial: boolean, follow: boolean) {
    const index = this.#current;
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
    if (index !== this.#current || this.#drawn.get(holder) === index || !svg) return;
    this.#drawn.set(holder, index);
    update(svg, this.#data, {
      width: Number(holder.dataset['width']),
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
