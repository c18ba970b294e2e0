import { trainingDays } from '../../derive/trainingDays';
import { isUncertain } from '../shared/evidence';
import type { CalculatorChip, CalculatorModel, TrainingDaysData } from './prepare';
import { clampStep } from '../shared/clampStep';

/** What a reader can choose: utilisation is a fraction of peak (0.35), as derive/trainingDays takes it. */
export interface TrainingDaysInputs {
  model: string;
  chip: string;
  gpus: number;
  utilisation: number;
}

/** The calculator's ranges: from the essay's cluster size past Meta-scale orders, and typical MFU. */
export const gpuRange = [1_000, 100_000] as const;
export const utilisationRange = [0.3, 0.55] as const;

/** One state per step of the story, in order; the last is the reader's, starting from the one before. */
export const trainingDaysPresets: readonly { stepId: string; inputs: TrainingDaysInputs }[] = [
  // One change a step: GPT-3 on the essay's cluster, then GPT-4 on the same cluster (the model), then 万卡 (the
  // GPU count), then the chip China could buy, then the one it could not.
  { stepId: 'days-gpt3', inputs: { model: 'gpt-3', chip: 'a100', gpus: 2_000, utilisation: 0.35 } },
  { stepId: 'days-gpt4-2000', inputs: { model: 'gpt-4', chip: 'a100', gpus: 2_000, utilisation: 0.35 } },
  { stepId: 'days-gpt4-a100-wanka', inputs: { model: 'gpt-4', chip: 'a100', gpus: 10_000, utilisation: 0.35 } },
  { stepId: 'days-gpt4-h800-wanka', inputs: { model: 'gpt-4', chip: 'h800', gpus: 10_000, utilisation: 0.35 } },
  { stepId: 'days-gpt4-wanka', inputs: { model: 'gpt-4', chip: 'h100', gpus: 10_000, utilisation: 0.35 } },
  { stepId: 'days-your-turn', inputs: { model: 'gpt-4', chip: 'h100', gpus: 10_000, utilisation: 0.35 } },
];

export const trainingDaysStepCount = trainingDaysPresets.length;
export const lastStep = trainingDaysStepCount - 1;
/** The reader's starting point: the preset of the last step. */
export const defaultInputs: TrainingDaysInputs = trainingDaysPresets[lastStep]!.inputs;

/**
 * Stops for the GPU slider: round cluster sizes, about evenly spaced on a log scale, including the essay's
 * 2,000, 万卡's 10,000 and GPT-4's reported 25,000, so each arrow key press is a sensible step.
 */
export const gpuSteps = [
  1_000, 1_200, 1_500, 2_000, 2_500, 3_000, 4_000, 5_000, 6_000, 8_000, 10_000, 12_000, 15_000, 20_000, 25_000, 30_000, 40_000, 50_000, 60_000,
  80_000, 100_000,
] as const;

/** The slider stop closest to a typed GPU count, measured on the log scale the chart uses. */
export function nearestGpuStep(gpus: number): number {
  const target = Math.log(Math.min(gpuRange[1], Math.max(gpuRange[0], Number.isFinite(gpus) ? gpus : gpuRange[0])));
  let best = 0;
  gpuSteps.forEach((value, index) => {
    if (Math.abs(Math.log(value) - target) < Math.abs(Math.log(gpuSteps[best]!) - target)) best = index;
  });
  return best;
}

export const xTicks = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];
/** Fixed, so that the line visibly moves between steps; it holds every run the ranges allow. */
export const yDomain: [number, number] = [0.05, 50_000];
export const daysPerYear = 365;
/** The log axis of days, ticked at spans a reader knows: a day, a week, a month, a year, ten years. */
export const yTicks = [
  { id: 'day', days: 1 },
  { id: 'week', days: 7 },
  { id: 'month', days: 30 },
  { id: 'year', days: daysPerYear },
  { id: 'decade', days: 10 * daysPerYear },
] as const;

export interface TrainingDaysState {
  step: number;
  /** True when the reader's own inputs are shown rather than a preset. */
  custom: boolean;
  inputs: TrainingDaysInputs;
  model: CalculatorModel;
  chip: CalculatorChip;
  days: number;
  /** Days at both ends of the GPU range: on log–log axes the curve is a straight line between them. */
  curve: { gpus: number; days: number }[];
  /** Which inputs are estimates; any makes the line dashed and the point hollow. */
  uncertainModel: boolean;
  uncertainChip: boolean;
  uncertain: boolean;
}

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));

/**
 * A reader's inputs made safe: unknown model or chip ids fall back to the default, GPU counts are whole and
 * clamped to 1,000–100,000, utilisation clamped to 30–55%. Nothing here throws, since it runs on every keystroke.
 */
export function clampInputs(
  data: Pick<TrainingDaysData, 'models' | 'chips'>,
  inputs: Partial<TrainingDaysInputs>,
  fallback: TrainingDaysInputs = defaultInputs,
): TrainingDaysInputs {
  const model = data.models.some((m) => m.id === inputs.model) ? inputs.model! : fallback.model;
  const chip = data.chips.some((c) => c.id === inputs.chip) ? inputs.chip! : fallback.chip;
  const gpus = Number.isFinite(inputs.gpus) ? Math.round(clamp(inputs.gpus!, gpuRange)) : fallback.gpus;
  const utilisation = Number.isFinite(inputs.utilisation) ? clamp(inputs.utilisation!, utilisationRange) : fallback.utilisation;
  return { model, chip, gpus, utilisation };
}

/** Days to train for one set of inputs, looked up in the prepared data. */
export function daysFor(data: Pick<TrainingDaysData, 'models' | 'chips'>, inputs: TrainingDaysInputs): number {
  const model = data.models.find((m) => m.id === inputs.model);
  const chip = data.chips.find((c) => c.id === inputs.chip);
  if (!model || !chip) throw new Error(`training-days has no model "${inputs.model}" or chip "${inputs.chip}"`);
  return trainingDays({ computeFlop: model.computeFlop, gpus: inputs.gpus, peakTflops: chip.peakTflops, utilisation: inputs.utilisation });
}

/** The chart at one step; on the last step the reader's inputs, when given, replace the preset. */
export function trainingDaysState(data: TrainingDaysData, requestedStep: number, readerInputs?: Partial<TrainingDaysInputs>): TrainingDaysState {
  const step = clampStep(requestedStep, trainingDaysStepCount);
  const preset = trainingDaysPresets[step]!.inputs;
  const custom = step === lastStep && readerInputs !== undefined;
  const inputs = custom ? clampInputs(data, readerInputs, preset) : clampInputs(data, preset);
  const model = data.models.find((m) => m.id === inputs.model)!;
  const chip = data.chips.find((c) => c.id === inputs.chip)!;
  const uncertainModel = isUncertain(model.confidence);
  const uncertainChip = isUncertain(chip.confidence);
  return {
    step,
    custom,
    inputs,
    model,
    chip,
    days: daysFor(data, inputs),
    curve: gpuRange.map((gpus) => ({ gpus, days: daysFor(data, { ...inputs, gpus }) })),
    uncertainModel,
    uncertainChip,
    uncertain: uncertainModel || uncertainChip,
  };
}
