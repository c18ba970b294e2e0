import type { UiKey } from '../../i18n/ui';
import { clampStep } from '../shared/clampStep';

/** One entry per <Step> of the benchmark-gap chart in 05-what-happened-next.mdx, in order. */
export const benchmarkGapSteps: readonly { id: string; emphasis: readonly string[] | 'all'; note?: UiKey; desc: UiKey }[] = [
  { id: 'gap-mmlu', emphasis: ['MMLU'], desc: 'gap.desc.0' },
  { id: 'gap-all', emphasis: 'all', desc: 'gap.desc.1' },
];

export const benchmarkGapStepCount = benchmarkGapSteps.length;
const fadedOpacity = 0.3;

export function benchmarkGapState(requestedStep: number) {
  const step = clampStep(requestedStep, benchmarkGapStepCount);
  const spec = benchmarkGapSteps[step]!;
  const opacity = (benchmark: string) => (spec.emphasis === 'all' || spec.emphasis.includes(benchmark) ? 1 : fadedOpacity);
  return { step, stepId: spec.id, opacity, note: spec.note, desc: spec.desc };
}
