import { z } from 'zod';
import { id, isoDate, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

const correctionSchema = z.object({
  id,
  date: isoDate,
  /** The story section it touches (its slug), "methods" or "all". */
  section: text,
  change_en: text,
  change_zh: text,
  source: sourceIds,
});

/** One entry of the corrections log: what changed, when, and the source that shows it right. */
export type Correction = z.output<typeof correctionSchema>;

export function loadCorrections(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): Correction[] {
  return readTable('corrections.csv', correctionSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line: _line, ...row }) => row);
}

/** The date the story shows as "Updated": the latest correction's. */
export function lastUpdated(corrections: readonly Correction[]): string | undefined {
  return corrections.map((c) => c.date).sort().at(-1);
}
