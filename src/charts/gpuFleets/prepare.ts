import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import type { GpuFleet } from '../../data/gpuFleets';
import { perFirmAverage } from '../../derive/fleets';
import type { UiKey } from '../../i18n/ui';
import { sourcesUsed, type SourceRef } from '../shared/evidence';
import { fleetsSteps, wankaId, type FleetsStepSpec } from './steps';

export interface PreparedFleet {
  id: string;
  holder_en: string;
  holder_zh: string;
  /** The name a short screen's drawing sets where the full one does not fit on the row. */
  short_en: string | undefined;
  short_zh: string | undefined;
  chip: string | undefined;
  low: number;
  high: number;
  /** Firms an order or holding is spread over, when the source says. */
  firms: number | undefined;
  /** The holding per firm (computed), when it is spread over several. */
  average: number | undefined;
  date: string;
  /** A single training run, a fleet or cluster held, an order or a target: each kind has its own shape. */
  kind: GpuFleet['kind'];
  /** Chinese firms or US labs: the row's colour. */
  side: GpuFleet['side'];
  confidence: Confidence;
  sources: string[];
}

/** What the chart needs, derived once at build time and shipped to the browser as JSON. */
export interface GpuFleetsData {
  /** Largest first, by the upper end of each count. */
  fleets: PreparedFleet[];
  sources: SourceRef[];
  titleKey: UiKey;
  /** The chart's scroll steps, in order. */
  steps: readonly FleetsStepSpec[];
}

/** What sets one GPU-count chart apart from another drawn by the same code: its rows, title and steps. */
export interface FleetsView {
  rows: (fleet: Dataset['gpuFleets'][number]) => boolean;
  titleKey: UiKey;
  steps: readonly FleetsStepSpec[];
}

/** The cloud-loophole section: what was on record by the essay and the weeks after it. */
const essayView: FleetsView = { rows: (fleet) => fleet.date < '2024-03-01', titleKey: 'fleets.title', steps: fleetsSteps };

export function prepareGpuFleets(dataset: Pick<Dataset, 'gpuFleets' | 'sources'>): GpuFleetsData {
  return prepareFleetsView(dataset, essayView);
}

export function prepareFleetsView({ gpuFleets, sources }: Pick<Dataset, 'gpuFleets' | 'sources'>, view: FleetsView): GpuFleetsData {
  const fleets = gpuFleets
    .filter(view.rows)
    .map((fleet): PreparedFleet => ({
      id: fleet.id,
      holder_en: fleet.holder_en,
      holder_zh: fleet.holder_zh,
      short_en: fleet.short_en,
      short_zh: fleet.short_zh,
      chip: fleet.chip,
      low: fleet.gpus_low,
      high: fleet.gpus_high,
      firms: fleet.firms,
      average: fleet.firms === undefined ? undefined : perFirmAverage(fleet.gpus_high, fleet.firms),
      date: fleet.date,
      kind: fleet.kind,
      side: fleet.side,
      confidence: fleet.confidence,
      sources: fleet.source,
    }))
    .sort((a, b) => b.high - a.high || b.low - a.low || a.id.localeCompare(b.id));
  // A step that names a row the view leaves out would silently fade nothing: the build says so instead.
  const known = new Set([...fleets.map((f) => f.id), wankaId]);
  for (const step of view.steps) {
    for (const id of [...(step.emphasis === 'all' ? [] : step.emphasis), ...step.highlight]) {
      if (!known.has(id))
        throw new Error(`gpu-fleets: step "${step.id}" names row "${id}", which is not among the chart's rows of data/gpu-fleets.csv`);
    }
  }
  return {
    fleets,
    sources: sourcesUsed(
      sources,
      fleets.flatMap((f) => f.sources),
    ),
    titleKey: view.titleKey,
    steps: view.steps,
  };
}
