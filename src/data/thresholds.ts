import { z } from 'zod';
import { confidence, id, isoDate, number, optionalText, sourceIds } from './fields';
import { readTable, type TableOptions } from './readTable';

// The 2022 rule's compute test is "bit length × TOPS"; the 2023 rule names the same product TPP.
const thresholdMetrics = ['bit_length_tops', 'tpp', 'interconnect_gbps', 'performance_density'] as const;

const thresholdSchema = z.object({
  id,
  rule: z.enum(['2022', '2023'], { message: 'expected 2022 or 2023' }),
  metric: z.enum(thresholdMetrics, { message: `expected one of ${thresholdMetrics.join(', ')}` }),
  value: number,
  effective: isoDate,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type Threshold = z.output<typeof thresholdSchema>;

export function loadThresholds(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): Threshold[] {
  return readTable('thresholds.csv', thresholdSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(
    ({ line: _line, ...threshold }) => threshold,
  );
}

