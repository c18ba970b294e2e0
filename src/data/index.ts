import { loadBenchmarkGaps } from './benchmarkGaps';
import { loadChips } from './chips';
import { loadCorrections } from './corrections';
import { loadEvents } from './events';
import { loadFacts } from './facts';
import { loadGpuFleets } from './gpuFleets';
import { loadMmlu } from './mmlu';
import { loadModelCompute } from './modelCompute';
import { loadNvidiaRevenue } from './nvidiaRevenue';
import type { TableOptions } from './readTable';
import { loadScorecard } from './scorecard';
import { loadSources, sourceIdSet } from './sources';
import { loadThresholds } from './thresholds';
import { loadTrainingRuns } from './trainingRuns';

/** Everything under data/, validated. The only door from data/ into the code. */
export function loadAll(options: Pick<TableOptions, 'dir'> = {}) {
  const sources = loadSources(options);
  const known = sourceIdSet(sources);
  const chips = loadChips(known, options);
  const gpuFleets = loadGpuFleets(known, options);
  const modelCompute = loadModelCompute(known, options);
  const ids = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
  return {
    sources,
    chips,
    thresholds: loadThresholds(known, options),
    events: loadEvents(known, options),
    gpuFleets,
    modelCompute,
    trainingRuns: loadTrainingRuns(known, { models: ids(modelCompute), fleets: ids(gpuFleets), chips: ids(chips) }, options),
    mmlu: loadMmlu(known, options),
    benchmarkGaps: loadBenchmarkGaps(known, options),
    nvidiaRevenue: loadNvidiaRevenue(known, options),
    facts: loadFacts(known, options),
    corrections: loadCorrections(known, options),
    scorecard: loadScorecard(known, options),
  };
}

export type Dataset = ReturnType<typeof loadAll>;

let cached: Dataset | undefined;

/** The build reads data/ once, however many pages and charts ask for it. */
export function dataset(): Dataset {
  cached ??= loadAll();
  return cached;
}
