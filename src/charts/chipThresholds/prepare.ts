import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import type { Threshold } from '../../data/thresholds';
import { statusUnder2022, statusUnder2023, type ControlStatus } from '../../derive/exportControls';
import { performanceDensity, totalProcessingPerformance } from '../../derive/tpp';
import type { Chip } from '../../data/chips';
import { sourcesUsed, type SourceRef } from '../shared/evidence';

export interface PreparedChip {
  id: string;
  name: string;
  market: Chip['market'];
  group: Chip['group'];
  tpp: number;
  interconnectGbps: number | undefined;
  density: number | undefined;
  status2022: ControlStatus;
  status2023: ControlStatus;
  confidence: Confidence;
  sources: string[];
}

/** What the chart needs, derived once at build time and shipped to the browser as JSON. */
export interface ChipThresholdsData {
  chips: PreparedChip[];
  thresholds: Pick<Threshold, 'id' | 'rule' | 'metric' | 'value'>[];
  sources: SourceRef[];
}

export function prepareChipThresholds({ chips, thresholds, sources }: Pick<Dataset, 'chips' | 'thresholds' | 'sources'>): ChipThresholdsData {
  const prepared = chips.map((chip): PreparedChip => {
    const tpp = totalProcessingPerformance(chip);
    const metrics = { tpp, interconnectGbps: chip.interconnect_gbps, density: performanceDensity(tpp, chip.die_mm2), market: chip.market };
    return {
      id: chip.id,
      name: chip.name,
      group: chip.group,
      ...metrics,
      status2022: statusUnder2022(metrics, thresholds),
      status2023: statusUnder2023(metrics, thresholds),
      confidence: chip.confidence,
      sources: chip.source,
    };
  });

  return {
    chips: prepared,
    thresholds: thresholds.map(({ id, rule, metric, value }) => ({ id, rule, metric, value })),
    sources: sourcesUsed(
      sources,
      prepared.flatMap((chip) => chip.sources),
    ),
  };
}
