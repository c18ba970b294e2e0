import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import { perFirmAverage } from '../../derive/fleets';
import { sourcesUsed, type SourceRef } from '../shared/evidence';

export interface PreparedFleet {
  id: string;
  holder_en: string;
  holder_zh: string;
  chip: string | undefined;
  low: number;
  high: number;
  /** Firms an order or holding is spread over, when the source says. */
  firms: number | undefined;
  /** The holding per firm (computed), when it is spread over several. */
  average: number | undefined;
  date: string;
  confidence: Confidence;
  sources: string[];
}

/** What the chart needs, derived once at build time and shipped to the browser as JSON. */
export interface GpuFleetsData {
  /** Largest first, by the upper end of each count. */
  fleets: PreparedFleet[];
  sources: SourceRef[];
}

export function prepareGpuFleets({ gpuFleets, sources }: Pick<Dataset, 'gpuFleets' | 'sources'>): GpuFleetsData {
  const fleets = gpuFleets
    .map(
      (fleet): PreparedFleet => ({
        id: fleet.id,
        holder_en: fleet.holder_en,
        holder_zh: fleet.holder_zh,
        chip: fleet.chip,
        low: fleet.gpus_low,
        high: fleet.gpus_high,
        firms: fleet.firms,
        average: fleet.firms === undefined ? undefined : perFirmAverage(fleet.gpus_high, fleet.firms),
        date: fleet.date,
        confidence: fleet.confidence,
        sources: fleet.source,
      }),
    )
    .sort((a, b) => b.high - a.high || b.low - a.low || a.id.localeCompare(b.id));
  return { fleets, sources: sourcesUsed(sources, fleets.flatMap((f) => f.sources)) };
}
