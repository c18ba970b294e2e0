import type { TrainingDaysData } from '../prepare';
import type { TrainingDaysInputs } from '../state';
import type { Locale } from '../../../i18n/locales';
import { chartPayload, figureLabels } from '../../shared/browser/figurePayload';
import { pageTheme } from '../../shared/browser/pageTheme';

type TrainingDaysChart = typeof import('./calculator');

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** The reader's own training run: each change redraws the figure's charts at the last step with these inputs. */
class TrainingDaysControls extends HTMLElement {
  #figure: HTMLElement | null = null;
  #form: HTMLFormElement | null = null;
  #data: TrainingDaysData | undefined;
  #locale: Locale = 'en';
  #announceTimer: number | undefined;
  /** The run last drawn: what an emptied or mistyped box falls back to. */
  #last: TrainingDaysInputs | undefined;
  /** The chart's own code: what the inputs mean and how to redraw. */
  #chart: TrainingDaysChart | undefined;

  connectedCallback() {
    this.#figure = this.closest<HTMLElement>('figure[data-chart="training-days"]');
    this.#form = this.querySelector('form');
    const labels = this.#figure ? figureLabels(this.#figure) : undefined;
    // Nothing to drive: stay hidden rather than offer inputs that do nothing.
    if (!this.#figure || !this.#form || !labels) return;
    this.#locale = labels.locale;
    // The chart's code is fetched when the figure comes into view; a change made before it arrives waits for it.
    const near = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      void this.#loadChart();
    });
    near.observe(this.#figure);
    this.#form.addEventListener('input', async (event) => {
      await this.#loadChart();
      this.#onInput(event.target);
    });
    this.#form.addEventListener('change', async (event) => {
      await this.#loadChart();
      this.#onChange(event.target);
    });
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('click', async (event) => {
      const run = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-run-model]') : null;
      if (!run) return;
      await this.#loadChart();
      this.#loadRun(run.dataset);
    });
    this.hidden = false;
  }

  /** The chart's code and data, fetched together once. */
  async #loadChart(): Promise<void> {
    if (this.#chart && this.#data) return;
    const [chart, payload] = await Promise.all([import('./calculator'), chartPayload<TrainingDaysData>(this.#figure!)]);
    this.#data = payload.data;
    this.#chart = chart;
  }

  #field(name: string): HTMLInputElement | null {
    return this.#form?.elements.namedItem(name) as HTMLInputElement | null;
  }

  /** Keeps each slider and its number box in step, then redraws. */
  #onInput(target: EventTarget | null) {
    const chart = this.#chart;
    if (!chart) return;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const [gpuSlider, gpuBox, utilSlider, utilBox] = ['gpusStep', 'gpus', 'utilisationStep', 'utilisation'].map((n) => this.#field(n));
    if (target === gpuSlider && gpuBox) gpuBox.value = String(chart.gpuSteps[Number(target.value)] ?? chart.defaultInputs.gpus);
    if (target === gpuBox && gpuSlider && target.value !== '') gpuSlider.value = String(chart.nearestGpuStep(Number(target.value)));
    if (target === utilSlider && utilBox) utilBox.value = target.value;
    if (target === utilBox && utilSlider && target.value !== '') utilSlider.value = target.value;
    // A box emptied mid-edit is not a choice yet; wait for a number.
    if ((target === gpuBox || target === utilBox) && target.value === '') return;
    this.#apply();
  }

  /** Sets the form to a published run's model, chip and GPUs, and its implied utilisation where there is one. */
  #loadRun({ runModel, runChip, runGpus, runUtilisation }: DOMStringMap) {
    const chart = this.#chart;
    if (!chart || !this.#form) return;
    const model = this.#form.elements.namedItem('model') as HTMLSelectElement | null;
    if (model && runModel) model.value = runModel;
    const chip = this.#form.querySelector<HTMLInputElement>(`input[name="chip"][value="${runChip ?? ''}"]`);
    if (chip) chip.checked = true;
    const [gpuSlider, gpuBox, utilSlider, utilBox] = ['gpusStep', 'gpus', 'utilisationStep', 'utilisation'].map((n) => this.#field(n));
    if (gpuBox && runGpus) gpuBox.value = runGpus;
    if (gpuSlider && runGpus) gpuSlider.value = String(chart.nearestGpuStep(Number(runGpus)));
    if (utilBox && runUtilisation) utilBox.value = runUtilisation;
    if (utilSlider && runUtilisation) utilSlider.value = runUtilisation;
    this.#apply();
  }

  /** When the reader leaves a number box, show the value the chart actually used (clamped, or restored). */
  #onChange(target: EventTarget | null) {
    const [gpuBox, utilBox] = [this.#field('gpus'), this.#field('utilisation')];
    if (target !== gpuBox && target !== utilBox) return;
    const inputs = this.#inputs();
    if (!inputs || !gpuBox || !utilBox) return;
    gpuBox.value = String(inputs.gpus);
    utilBox.value = String(Math.round(inputs.utilisation * 100));
    this.#apply();
  }

  #inputs(): TrainingDaysInputs | undefined {
    const chart = this.#chart;
    if (!chart) return undefined;
    if (!this.#form || !this.#data) return undefined;
    const number = (name: string) => {
      const value = this.#field(name)?.value ?? '';
      return value === '' ? Number.NaN : Number(value);
    };
    const chip = this.#form.querySelector<HTMLInputElement>('input[name="chip"]:checked')?.value;
    const model = (this.#form.elements.namedItem('model') as HTMLSelectElement | null)?.value;
    return chart.clampInputs(
      this.#data,
      { ...(model ? { model } : {}), ...(chip ? { chip } : {}), gpus: number('gpus'), utilisation: number('utilisation') / 100 },
      this.#last ?? chart.defaultInputs,
    );
  }

  #apply() {
    const chart = this.#chart;
    if (!chart) return;
    const inputs = this.#inputs();
    const figure = this.#figure;
    if (!inputs || !figure || !this.#data) return;
    this.#last = inputs;
    const gpuSlider = this.#field('gpusStep');
    const utilSlider = this.#field('utilisationStep');
    gpuSlider?.setAttribute('aria-valuetext', chart.gpuCountText(this.#locale, inputs.gpus));
    utilSlider?.setAttribute('aria-valuetext', chart.formatPercent(this.#locale, inputs.utilisation));

    figure.dataset['step'] = String(chart.lastStep);
    for (const holder of figure.querySelectorAll<HTMLElement>('.chart-svg')) {
      const svg = holder.querySelector('svg');
      if (!svg) continue;
      chart.updateTrainingDays(svg, this.#data, {
        width: Number(holder.dataset['width']),
        // A short screen's drawing keeps the height it was laid out to.
        height: holder.dataset['height'] ? Number(holder.dataset['height']) : undefined,
        locale: this.#locale,
        step: chart.lastStep,
        theme: pageTheme(document),
        idPrefix: `training-days-${holder.dataset['layout']}`,
        duration: reducedMotion.matches ? 0 : 250,
        inputs,
      });
    }

    // The live region speaks once the reader pauses, not at every arrow key press.
    window.clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => {
      const output = this.#form?.querySelector('output');
      if (output && this.#data) output.textContent = chart.describeInputs(this.#data, this.#locale, inputs);
    }, 400);
  }
}

if (!customElements.get('training-days-controls')) customElements.define('training-days-controls', TrainingDaysControls);
