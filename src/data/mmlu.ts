import { z } from 'zod';
import { confidence, id, isoDate, number, optionalText, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

const modelFamilies = ['openai', 'open', 'china'] as const;

const mmluSchema = z.object({
  id,
  model: text,
  family: z.enum(modelFamilies, { message: `expected one of ${modelFamilies.join(', ')}` }),
  released: isoDate,
  score: number.refine((n) => n >= 0 && n <= 100, { message: 'expected a score from 0 to 100' }),
  shots: number,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type MmluScore = z.output<typeof mmluSchema>;

export function loadMmlu(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): MmluScore[] {
  return readTable('mmlu.csv', mmluSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line: _line, ...row }) => row);
}
