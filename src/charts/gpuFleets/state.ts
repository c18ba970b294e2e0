import type { UiKey } from '../../i18n/ui';
import type { GpuFleetsData, PreparedFleet } from './prepare';
import { wankaId } from './steps';
import { clampStep } from '../shared/clampStep';

/** The x axis never changes between steps (Plot draws it once): 1,000 to 1,000,000 with a little room. */
export const xDomain: [number, number] = [800, 1_250_000];
export const xTicks = [1_000, 10_000, 100_000, 1_000_000];

export interface FleetsState {
  step: number;
  stepId: string;
  /** Opacity by row id (and the 万卡 line). */
  opacity: Record<string, number>;
  highlight: string[];
  note: UiKey | undefined;
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
