import { thresholdValue } from '../data/constants';
import type { Threshold } from '../data/thresholds';

export type ControlStatus = 'controlled' | 'notify' | 'outside';

export interface ChipMetrics {
  tpp: number;
  interconnectGbps: number | undefined;
  density: number | undefined;
  market: 'datacenter' | 'consumer';
}

/** October 2022 (3A090.a): controlled only when both compute and interconnect reach their lines. */
export function statusUnder2022(chip: ChipMetrics, thresholds: readonly Threshold[]): ControlStatus {
  const tppLine = thresholdValue(thresholds, 'tpp-2022');
  const interconnectLine = thresholdValue(thresholds, 'interconnect-2022');
  return chip.tpp >= tppLine && (chip.interconnectGbps ?? 0) >= interconnectLine ? 'controlled' : 'outside';
}

/**
 * October 2023: TPP ≥ 4800, or TPP ≥ 1600 with density ≥ 5.92, needs a licence (3A090.a). Datacenter chips
 * in the lower tiers (3A090.b) need a notification. Note 2: a consumer part is caught only at TPP ≥ 4800.
 */
export function statusUnder2023(chip: ChipMetrics, thresholds: readonly Threshold[]): ControlStatus {
  const tppLine = thresholdValue(thresholds, 'tpp-2023');
  const tppFloor = thresholdValue(thresholds, 'tpp-floor-2023');
  const densityLine = thresholdValue(thresholds, 'density-2023');
  const notifyTpp = thresholdValue(thresholds, 'tpp-notify-2023');
  const notifyDensityLow = thresholdValue(thresholds, 'density-notify-low-2023');
  const notifyDensityHigh = thresholdValue(thresholds, 'density-notify-high-2023');

  if (chip.tpp >= tppLine) return 'controlled';
  if (chip.market === 'consumer') return 'outside';
  const density = chip.density ?? 0;
  if (chip.tpp >= tppFloor && density >= densityLine) return 'controlled';
  const firstTier = chip.tpp >= notifyTpp && density >= notifyDensityLow;
  const secondTier = chip.tpp >= tppFloor && density >= notifyDensityHigh;
  return firstTier || secondTier ? 'notify' : 'outside';
}
