import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from './readTable';

/** The data files a reader can download, in the order the methods page lists them. */
export const dataFiles = ['chips', 'thresholds', 'events', 'gpu-fleets', 'model-compute', 'training-runs', 'mmlu', 'benchmark-gaps', 'nvidia-revenue', 'scorecard', 'facts', 'sources'] as const;
export type DataFileName = (typeof dataFiles)[number];

/** The file as committed, for download; the loaders have already validated it. */
export function dataFileText(name: DataFileName): string {
  return readFileSync(join(defaultDataDir, `${name}.csv`), 'utf8');
}
