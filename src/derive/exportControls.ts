// The US export-control rules on AI chips, applied to one chip: why it stands where it does under each rule, and
// the status that follows. This module runs in the browser too (the chip chart's captions), so it reads the lines
// from the chart's own data and nothing from the loaders, which need Node.
import { thresholdValue } from '../data/constants';

export type ControlStatus = 'controlled' | 'notify' | 'outside';

export interface ChipMetrics {
  tpp: number;
  interconnectGbps: number | undefined;
  density: number | undefined;
  market: 'datacenter' | 'consumer';
}

type Lines = readonly { id: string; value: number }[];

/** Why a chip stands where it does under the October 2022 rule (3A090.a): both tests must be met for control. */
export type Reason2022 = 'controlled' | 'under-io' | 'under-compute';

export function reasonUnder2022(chip: ChipMetrics, thresholds: Lines): Reason2022 {
  const compute = chip.tpp >= thresholdValue(thresholds, 'compute-2022');
  const io = (chip.interconnectGbps ?? 0) >= thresholdValue(thresholds, 'interconnect-2022');
  if (compute && io) return 'controlled';
  return compute ? 'under-io' : 'under-compute';
}

/**
 * Why a chip stands where it does under the October 2023 rule, in the order the rule tests it: TPP ≥ 4800, or
 * TPP ≥ 1600 with density ≥ 5.92, needs a licence (3A090.a); datacenter chips in the lower tiers (3A090.b) need a
 * notification; a consumer part is caught only at TPP ≥ 4800 (note 2). A chip under the TPP floor is outside
 * whatever its density (the L2: density about 5.24, but TPP 1,544 < 1,600), so the reason says which test it
 * escapes, not only that it does.
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

const status2022: Record<Reason2022, ControlStatus> = { controlled: 'controlled', 'under-io': 'outside', 'under-compute': 'outside' };

const status2023: Record<Reason2023, ControlStatus> = {
  'licence-tpp': 'controlled',
  'licence-density': 'controlled',
  notify: 'notify',
  'consumer-under-tpp': 'outside',
  'under-tpp-floor': 'outside',
  'under-notify-tiers': 'outside',
};

/** The status under the October 2022 rule, as its reason gives it. */
export const statusUnder2022 = (chip: ChipMetrics, thresholds: Lines): ControlStatus => status2022[reasonUnder2022(chip, thresholds)];

/** The status under the October 2023 rule, as its reason gives it. */
export const statusUnder2023 = (chip: ChipMetrics, thresholds: Lines): ControlStatus => status2023[reasonUnder2023(chip, thresholds)];
