import type { ChipMetrics } from './exportControls';

// This module runs in the browser too (the chart's captions), so it reads the lines from the chart's own data
// and imports nothing from the loaders, which need Node.
type Lines = readonly { id: string; value: number }[];

function thresholdValue(thresholds: Lines, id: string): number {
  const found = thresholds.find((threshold) => threshold.id === id);
  if (!found) throw new Error(`data/thresholds.csv: expected a row with id "${id}"`);
  return found.value;
}

/** Why a chip stands where it does under the October 2022 rule: both tests must be met for control. */
export type Reason2022 = 'controlled' | 'under-io' | 'under-compute';

export function reasonUnder2022(chip: ChipMetrics, thresholds: Lines): Reason2022 {
  const compute = chip.tpp >= thresholdValue(thresholds, 'tpp-2022');
  const io = (chip.interconnectGbps ?? 0) >= thresholdValue(thresholds, 'interconnect-2022');
  if (compute && io) return 'controlled';
  return compute ? 'under-io' : 'under-compute';
}

/**
 * Why a chip stands where it does under the October 2023 rule, in the order the rule tests it. A chip under the
 * TPP floor is outside whatever its density (the L2: density about 5.24, but TPP 1,544 < 1,600), so the reason
 * says which test it escapes, not only that it does.
 */
export type Reason2023 = 'licence-tpp' | 'consumer-under-tpp' | 'under-tpp-floor' | 'licence-density' | 'notify' | 'under-notify-tiers';

export function reasonUnder2023(chip: ChipMetrics, thresholds: Lines): Reason2023 {
  const value = (id: string) => thresholdValue(thresholds, id);
  if (chip.tpp >= value('tpp-2023')) return 'licence-tpp';
  if (chip.market === 'consumer') return 'consumer-under-tpp';
  if (chip.tpp < value('tpp-floor-2023')) return 'under-tpp-floor';
  const density = chip.density ?? 0;
  if (density >= value('density-2023')) return 'licence-density';
  const firstTier = chip.tpp >= value('tpp-notify-2023') && density >= value('density-notify-low-2023');
  const secondTier = density >= value('density-notify-high-2023');
  return firstTier || secondTier ? 'notify' : 'under-notify-tiers';
}
