import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from './index';
import { defaultDataDir } from './readTable';

/**
 * The data files a reader can download, in the order the methods page lists them: each file's name under data/
 * and the table of the dataset its loader fills. The download routes, the methods page and the tests read this list.
 */
export const dataFiles = [
  { name: 'chips', table: 'chips' },
  { name: 'thresholds', table: 'thresholds' },
  { name: 'events', table: 'events' },
  { name: 'gpu-fleets', table: 'gpuFleets' },
  { name: 'model-compute', table: 'modelCompute' },
  { name: 'training-runs', table: 'trainingRuns' },
  { name: 'mmlu', table: 'mmlu' },
  { name: 'benchmark-gaps', table: 'benchmarkGaps' },
  { name: 'nvidia-revenue', table: 'nvidiaRevenue' },
  { name: 'scorecard', table: 'scorecard' },
  { name: 'facts', table: 'facts' },
  { name: 'sources', table: 'sources' },
] as const satisfies readonly { name: string; table: keyof Dataset }[];

export type DataFile = (typeof dataFiles)[number];
export type DataFileName = DataFile['name'];

/** The file as committed, for download; the loaders have already validated it. */
export function dataFileText(name: DataFileName): string {
  return readFileSync(join(defaultDataDir, `${name}.csv`), 'utf8');
}
