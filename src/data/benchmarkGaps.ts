import { z } from 'zod';
import { confidence, id, isoDate, number, optionalText, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

// The Stanford AI Index's own aggregate: how far the top US model led the top Chinese one, in points.
const gapSchema = z.object({
  id,
  benchmark: text,
  at: isoDate,
  gap_points: number,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type BenchmarkGap = z.output<typeof gapSchema>;

export function loadBenchmarkGaps(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): BenchmarkGap[] {
  return readTable('benchmark-gaps.csv', gapSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line: _line, ...row }) => row);
}
