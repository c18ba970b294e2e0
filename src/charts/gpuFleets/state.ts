import type { UiKey } from '../../i18n/ui';
import type { GpuFleetsData, PreparedFleet } from './prepare';
import { clampStep } from '../shared/clampStep';

export { clampStep };

export const fleetsChartId = 'gpu-fleets';

/** 万卡: a cluster of ten thousand (万) cards. A definition, not a measurement. */
export const wankaGpus = 10_000;

/** The x axis never changes between steps (Plot draws it once): 1,000 to 1,000,000 with a little room. */
export const xDomain: [number, number] = [800, 1_250_000];
export const xTicks = [1_000, 10_000, 100_000, 1_000_000];

/** The rows the story names, by their ids in data/gpu-fleets.csv. */
export const rowIds = {
  claim: 'essay-per-firm-claim',
  ft: 'ft-a800-2023',
  gpt4: 'gpt-4-run',
  meta: 'meta-h100-2024',
  megascale: 'megascale-run',
} as const;

/** Id of the 万卡 reference line among the chart's elements. */
export const wankaId = 'wanka';

export interface FleetsStepSpec {
  id: string;
  /** The step's <desc>, filled with the chart's story values. */
  desc: UiKey;
  /** Rows (and the 万卡 line) at full strength; 'all' shows everything. */
  emphasis: readonly string[] | 'all';
  /** Rows whose names are set in bold. */
  highlight: readonly string[];
  note: UiKey;
}

/** One entry per gpu-fleets <Step> of 02-cloud-loophole.mdx, in order. */
export const fleetsSteps: readonly FleetsStepSpec[] = [
  { id: 'fleets-claim', desc: 'fleets.desc.0', emphasis: [rowIds.claim, wankaId], highlight: [rowIds.claim], note: 'fleets.note.claim' },
  {
    id: 'fleets-ft',
    desc: 'fleets.desc.1',
    emphasis: [rowIds.claim, rowIds.ft, rowIds.gpt4, wankaId],
    highlight: [rowIds.ft, rowIds.gpt4],
    note: 'fleets.note.ft',
  },
  { id: 'fleets-frontier', desc: 'fleets.desc.2', emphasis: 'all', highlight: [rowIds.meta, rowIds.megascale], note: 'fleets.note.frontier' },
];

export const fleetsStepCount = fleetsSteps.length;

export interface FleetsState {
  step: number;
  stepId: string;
  /** Opacity by row id (and the 万卡 line). */
  opacity: Record<string, number>;
  highlight: string[];
  note: UiKey;
}

/**
 * Rows set back stay in sight, plainly behind the rows in focus: at this opacity each side's colour, and the 万卡
 * line's, keeps 2:1 on the page in both themes (tests/unit/gpuFleets.test.ts), where the rows in focus have 4.9:1 or
 * more. (The chip chart's dots keep 3:1, as they sit on tinted zones and a faded dot there is still read for its status.)
 */
export const fadedOpacity = 0.5;

export function fleetsState(data: GpuFleetsData, requestedStep: number): FleetsState {
  const step = clampStep(requestedStep, data.steps.length);
  const spec = data.steps[step]!;
  const shown = (id: string) => spec.emphasis === 'all' || spec.emphasis.includes(id);
  const opacity = Object.fromEntries([...data.fleets.map((f) => f.id), wankaId].map((id) => [id, shown(id) ? 1 : fadedOpacity]));
  return { step, stepId: spec.id, opacity, highlight: [...spec.highlight], note: spec.note };
}

/** A row the story needs; missing means the data and the story have parted, which the build must report. */
export function fleetRow(data: GpuFleetsData, id: string): PreparedFleet {
  const row = data.fleets.find((f) => f.id === id);
  if (!row) throw new Error(`gpu-fleets: no row "${id}" in data/gpu-fleets.csv, which the chart's steps refer to`);
  return row;
}
