import { languageTag } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { createChartRoot } from '../shared/svg';
import type { ChartOptions } from '../types';
import { describeState } from './describe';
import { chartHeight, drawTrainingDays } from './draw';
import type { TrainingDaysData } from './prepare';
import { clampInputs, clampStep, lastStep, trainingDaysState, trainingDaysStepCount, type TrainingDaysInputs } from './state';

export const id = 'training-days';
export const stepCount = trainingDaysStepCount;
export { chartHeight } from './draw';
export { describeInputs, gpuCountText } from './describe';
export { formatPercent } from './format';
export {
  clampInputs,
  defaultInputs,
  gpuRange,
  gpuSteps,
  lastStep,
  nearestGpuStep,
  trainingDaysPresets,
  utilisationRange,
  type TrainingDaysInputs,
} from './state';

// The reader's last choice is kept on the SVG, so scrolling away and back to the last step keeps it.
const inputsAttribute = 'data-reader-inputs';

function rememberedInputs(svg: SVGSVGElement): Partial<TrainingDaysInputs> | undefined {
  const stored = svg.getAttribute(inputsAttribute);
  if (!stored) return undefined;
  try {
    return JSON.parse(stored) as Partial<TrainingDaysInputs>;
  } catch {
    return undefined;
  }
}

/**
 * The chart at one step as a new SVG element: the same function at build time, in exports and in the
 * browser. `inputs`, the reader's choice, replaces the preset on the last step only.
 */
export function trainingDaysChart(data: TrainingDaysData, options: ChartOptions, inputs?: Partial<TrainingDaysInputs>): SVGSVGElement {
  const { width, locale, theme = 'light', document, idPrefix = id } = options;
  const step = clampStep(options.step, stepCount);
  const svg = createChartRoot(document, {
    width,
    height: chartHeight(width),
    title: translator(locale)('days.title'),
    description: describeState(data, trainingDaysState(data, step, inputs), locale),
    idPrefix,
    lang: languageTag[locale],
  });
  drawTrainingDays(svg, data, { width, locale, step, theme, idPrefix, duration: 0 }, inputs);
  return svg;
}

/**
 * Moves an SVG drawn by trainingDaysChart to another step or another run, in place. Called by the scroll
 * controller without `inputs`: the last step then shows the reader's last choice, if they made one.
 */
export function updateTrainingDays(
  svg: SVGSVGElement,
  data: TrainingDaysData,
  options: Omit<ChartOptions, 'document'> & { duration: number },
  inputs?: Partial<TrainingDaysInputs>,
): void {
  const { width, locale, theme = 'light', idPrefix = id, duration } = options;
  const step = clampStep(options.step, stepCount);
  if (inputs) svg.setAttribute(inputsAttribute, JSON.stringify(clampInputs(data, inputs)));
  const chosen = step === lastStep ? (inputs ?? rememberedInputs(svg)) : undefined;
  const state = drawTrainingDays(svg, data, { width, locale, step, theme, idPrefix, duration }, chosen);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = describeState(data, state, locale);
}
