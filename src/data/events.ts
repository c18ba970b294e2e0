import { z } from 'zod';
import { confidence, id, isoDate, optionalText, sourceIds, text } from './fields';
import { timelineLanes } from './constants';
import { readTable, type TableOptions } from './readTable';

const eventSchema = z.object({
  id,
  date: isoDate,
  precision: z.enum(['day', 'month', 'year'], { message: 'expected day, month or year' }),
  lane: z.enum(timelineLanes, { message: `expected one of ${timelineLanes.join(', ')}` }),
  label_en: text,
  label_zh: text,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type TimelineEvent = z.output<typeof eventSchema>;

export function loadEvents(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): TimelineEvent[] {
  return readTable('events.csv', eventSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line: _line, ...row }) => row);
}
