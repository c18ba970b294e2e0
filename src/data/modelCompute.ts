import { z } from 'zod';
import { DataError } from './DataError';
import { confidence, id, isoDate, optionalNumber, optionalText, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

const modelSchema = z.object({
  id,
  name_en: text,
  name_zh: text,
  training_flop: optionalNumber,
  params: optionalNumber,
  tokens: optionalNumber,
  date: isoDate,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type ModelCompute = z.output<typeof modelSchema>;

export function loadModelCompute(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): ModelCompute[] {
  return readTable('model-compute.csv', modelSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line, ...row }) => {
    // Compute comes either as reported or from parameters and tokens (6·N·D), never from nothing.
    if (row.training_flop === undefined && (row.params === undefined || row.tokens === undefined)) {
      throw new DataError('data/model-compute.csv', line, 'training_flop', 'expected training_flop, or both params and tokens');
    }
    return row;
  });
}
