import { d3Chart, type UpdateOptions } from '../shared/d3Chart';
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

const chart = d3Chart<TrainingDaysData, Partial<TrainingDaysInputs>>({
  id,
  stepCount,
  titleKey: 'days.title',
  height: chartHeight,
  description: (data, step, locale, inputs) => describeState(data, trainingDaysState(data, step, inputs), locale),
  draw: drawTrainingDays,
});

/**
 * The chart at one step as a new SVG element: the same function at build time, in exports and in the
 * browser. `inputs`, the reader's choice, replaces the preset on the last step only.
 */
export const trainingDaysChart = chart.render;

/**
 * Moves an SVG drawn by trainingDaysChart to another step or another run, in place. Called by the scroll
 * controller without `inputs`: the last step then shows the reader's last choice, if they made one.
 */
export function updateTrainingDays(svg: SVGSVGElement, data: TrainingDaysData, options: UpdateOptions, inputs?: Partial<TrainingDaysInputs>): void {
  if (inputs) svg.setAttribute(inputsAttribute, JSON.stringify(clampInputs(data, inputs)));
  const step = clampStep(options.step, stepCount);
  chart.update(svg, data, options, step === lastStep ? (inputs ?? rememberedInputs(svg)) : undefined);
}
