import type { UiKey } from '../../i18n/ui';
import { clampStep } from '../shared/clampStep';

interface StepSpec {
  id: string;
  /** Points at full strength; the others fade. */
  emphasis: readonly string[];
  /** What a reader of the chart alone needs beyond the card; none where the card says it all. */
  note?: UiKey;
}

/** One entry per <Step> of the scorecard in 05-what-happened-next.mdx, in order. */
export const scorecardSteps: readonly StepSpec[] = [
  { id: 'score-crutches', emphasis: ['crutch-llama', 'crutch-distillation', 'crutch-cloud'] },
  { id: 'score-compute', emphasis: ['per-firm-gpus', 'wanka-need', 'gaming-lifeline'] },
  { id: 'score-outcome', emphasis: ['gap-to-openai', 'us-motive'] },
];

export const scorecardStepCount = scorecardSteps.length;
export const fadedOpacity = 0.35;

export interface ScorecardState {
  step: number;
  stepId: string;
  /** Opacity by point id. */
  opacity: Record<string, number>;
  note: UiKey | undefined;
}

export function scorecardState(data: { points: readonly { id: string }[] }, requestedStep: number): ScorecardState {
  const step = clampStep(requestedStep, scorecardStepCount);
  const spec = scorecardSteps[step]!;
  const opacity = Object.fromEntries(data.points.map((p) => [p.id, spec.emphasis.includes(p.id) ? 1 : fadedOpacity]));
  return { step, stepId: spec.id, opacity, note: spec.note };
}

/** A point the steps name; missing means the data and the story have parted, which the build must report. */
export function checkScorecardSteps(points: readonly { id: string }[]): void {
  const known = new Set(points.map((p) => p.id));
  for (const step of scorecardSteps) {
    for (const id of step.emphasis)
      if (!known.has(id)) throw new Error(`scorecard: step "${step.id}" names point "${id}", which data/scorecard.csv does not have`);
  }
}
