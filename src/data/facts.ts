import { z } from 'zod';
import { DataError } from './DataError';
import { confidence, id, isoDate, number, optionalNumber, optionalText, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

/**
 * How a fact's value reads: a currency or count, and whether the source gives it as a bound ("under $500",
 * "more than 4,000") rather than a figure.
 */
const factUnits = [
  'count',
  'count_above',
  'percent',
  'percent_above',
  'usd',
  'usd_below',
  'usd_per_1k_tokens',
  'usd_bn',
  'usd_bn_at_least',
  'cny_bn',
] as const;
export type FactUnit = (typeof factUnits)[number];

const factSchema = z.object({
  id,
  label_en: text,
  label_zh: text,
  value: number,
  value_high: optionalNumber,
  unit: z.enum(factUnits, { message: `expected one of ${factUnits.join(', ')}` }),
  date: isoDate,
  source: sourceIds,
  confidence,
  note: optionalText,
});

/** A figure the prose states that no chart draws: the game market, API prices, Nvidia's China share. */
export type Fact = z.output<typeof factSchema>;

export function loadFacts(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): Fact[] {
  return readTable('facts.csv', factSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line, ...row }) => {
    if (row.value_high !== undefined && row.value_high < row.value) throw new DataError('data/facts.csv', line, 'value_high', `expected at least value (${row.value})`);
    return row;
  });
}
