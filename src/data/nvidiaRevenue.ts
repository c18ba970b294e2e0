import { z } from 'zod';
import { confidence, id, isoDate, number, optionalText, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

const revenueSchema = z.object({
  id,
  fiscal_quarter: text.regex(/^FY\d{4} Q[1-4]$/, 'expected a quarter like "FY2024 Q4"'),
  quarter_end: isoDate,
  segment: z.enum(['data-center', 'gaming'], { message: 'expected data-center or gaming' }),
  value: number,
  unit: z.enum(['usd_bn', 'usd_m'], { message: 'expected usd_bn or usd_m' }),
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type RevenueRow = z.output<typeof revenueSchema>;

export function loadNvidiaRevenue(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): RevenueRow[] {
  return readTable('nvidia-revenue.csv', revenueSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line: _line, ...row }) => row);
}
