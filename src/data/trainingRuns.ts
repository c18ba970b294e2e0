import { z } from 'zod';
import { confidence, id, optionalNumber, optionalText, sourceIds } from './fields';
import { DataError } from './DataError';
import { readTable, type TableOptions } from './readTable';

// A published training run ties a model's compute to the cluster it ran on: the calculator's real-run presets.
const runSchema = z.object({
  id,
  model: id,
  fleet: id,
  chip: id,
  gpu_hours: optionalNumber,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type TrainingRun = z.output<typeof runSchema>;

/** The ids a run may name, from the files it points into. */
export interface RunReferences {
  models: ReadonlySet<string>;
  fleets: ReadonlySet<string>;
  chips: ReadonlySet<string>;
}

export function loadTrainingRuns(sourceIdsKnown: ReadonlySet<string>, references: RunReferences, options: Pick<TableOptions, 'dir'> = {}): TrainingRun[] {
  return readTable('training-runs.csv', runSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line, ...row }) => {
    const checks = [
      ['model', row.model, references.models, 'model-compute.csv'],
      ['fleet', row.fleet, references.fleets, 'gpu-fleets.csv'],
      ['chip', row.chip, references.chips, 'chips.csv'],
    ] as const;
    for (const [field, value, known, file] of checks) {
      if (!known.has(value)) throw new DataError('data/training-runs.csv', line, field, `expected an id from ${file}, got "${value}"`);
    }
    return row;
  });
}
