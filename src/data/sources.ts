import { z } from 'zod';
import { id, looseDate, text, url } from './fields';
import { readTable, type TableOptions } from './readTable';

const sourceSchema = z.object({
  id,
  publisher: text,
  title: text,
  date: looseDate,
  url,
});

export type Source = z.output<typeof sourceSchema>;

export function loadSources(options: Pick<TableOptions, 'dir'> = {}): Source[] {
  return readTable('sources.csv', sourceSchema, { ...options, key: 'id' }).map(({ line: _line, ...source }) => source);
}

/** The set that every other table's `source` cells are checked against. */
export function sourceIdSet(sources: readonly Source[]): ReadonlySet<string> {
  return new Set(sources.map((source) => source.id));
}
