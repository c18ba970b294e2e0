import { chartUpdaters, type ChartUpdater } from '../charts/clientRegistry';
import { isLocale, type Locale } from '../i18n/locales';
import { observeSteps } from '../scrolly/controller';
import { offsetStep, stepFromHash, stepStatus } from '../scrolly/steps';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** A chart beside its steps: scrolling, the step buttons and #step links all move the chart in place. */
class ScrollyChart extends HTMLElement {
  #figure!: HTMLElement;
  #steps: HTMLElement[] = [];
  #current = -1;
  #update: ChartUpdater | undefined;
  #data: unknown;
  #locale: Locale = 'en';
  #scrollTarget: number | undefined;
  #scrollTimer = 0;

  async connectedCallback() {
    const figure = this.querySelector<HTMLElement>('figure[data-chart]');
    const payload = figure?.querySelector('script[data-chart-payload]')?.textContent;
    const chartId = this.dataset['chart'] ?? '';
    const loadUpdater = chartUpdaters[chartId];
    if (!figure || !payload || !loadUpdater) return;
    this.#figure = figure;
    const parsed = JSON.parse(payload) as { locale: string; data: unknown };
    this.#locale = isLocale(parsed.locale) ? parsed.locale : 'en';
    this.#data = parsed.data;
    this.#steps = [...this.querySelectorAll<HTMLElement>('.step[data-step-id]')];
    this.#update = await loadUpdater();

    const controls = figure.querySelector<HTMLElement>('.step-controls');
    if (controls) controls.hidden = false;
    figure.querySelector('[data-step-action="previous"]')?.addEventListener('click', () => this.#go(offsetStep(this.#current, -1, this.#steps.length), true));
    figure.querySelector('[data-step-action="next"]')?.addEventListener('click', () => this.#go(offsetStep(this.#current, 1, this.#steps.length), true));
    for (const step of this.#steps) {
      step.addEventListener('focusin', () => this.#show(this.#steps.indexOf(step)));
    }

    const ids = this.#steps.map((s) => s.id);
    const linked = stepFromHash(location.hash, ids);
    this.#show(linked ?? 0, true);
    window.addEventListener('hashchange', () => {
      const index = stepFromHash(location.hash, ids);
      if (index !== undefined) this.#show(index);
    });
    // On phones the step takes over lower on the screen, where its card passes under the chart.
    const offset = window.matchMedia('(min-width: 64rem)').matches ? 0.5 : 0.8;
    observeSteps(
      this.#steps,
      ({ index }) => {
        if (this.#scrollTarget === undefined || this.#scrollTarget === index) this.#show(index);
      },
      offset,
    );
    window.addEventListener('scrollend', () => (this.#scrollTarget = undefined));
  }

  /** Button presses bring the step's text into view too, so reading and chart stay together. */
  #go(index: number, scroll: boolean) {
    this.#show(index);
    if (!scroll) return;
    // While the page glides to the chosen step, the steps it passes must not take the chart back.
    this.#scrollTarget = index;
    window.clearTimeout(this.#scrollTimer);
    this.#scrollTimer = window.setTimeout(() => (this.#scrollTarget = undefined), 1200);
    this.#steps[index]?.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  }

  #show(index: number, initial = false) {
    if (index === this.#current || index < 0 || !this.#update) return;
    const previous = this.#current;
    this.#current = index;
    this.#figure.dataset['step'] = String(index);
    const duration = initial || reducedMotion.matches ? 0 : 700;
    for (const holder of this.#figure.querySelectorAll<HTMLElement>('.chart-svg')) {
      const svg = holder.querySelector('svg');
      if (!svg) continue;
      this.#update(svg, this.#data, {
        width: Number(holder.dataset['width']),
        locale: this.#locale,
        step: index,
        idPrefix: `${this.dataset['chart']}-${holder.dataset['layout']}`,
        duration,
      });
    }
    this.#steps.forEach((step, i) => step.toggleAttribute('data-active', i === index));
    const status = this.#figure.querySelector<HTMLElement>('.step-status');
    if (status) status.textContent = stepStatus(status.dataset['template'] ?? '{n}/{total}', index, this.#steps.length);
    const [previousButton, nextButton] = ['previous', 'next'].map((a) => this.#figure.querySelector<HTMLButtonElement>(`[data-step-action="${a}"]`));
    if (previousButton) previousButton.disabled = index === 0;
    if (nextButton) nextButton.disabled = index === this.#steps.length - 1;
    if (!initial && previous !== -1) this.#followAddress(this.#steps[index]!.id);
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
