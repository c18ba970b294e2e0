import { z } from 'zod';
import { id, looseDate, optionalText, text, url } from './fields';
import { readTable, type TableOptions } from './readTable';

/**
 * What kind of publisher a source is: the document's own author (a rule, a paper, a filing, a company's post),
 * a news outlet of record, the specialist trade press, or a house whose figures are estimates.
 */
const sourceKinds = ['primary', 'outlet-of-record', 'trade-press', 'estimate-house'] as const;
export type SourceKind = (typeof sourceKinds)[number];

const sourceSchema = z.object({
  id,
  kind: z.enum(sourceKinds, { message: `expected one of ${sourceKinds.join(', ')}` }),
  publisher: text,
  /** The publisher as the Chinese edition names it, where that differs from the English name. */
  publisher_zh: optionalText,
  title: text,
  date: looseDate,
  /** The document's own address; empty where it is not known, and the source is then cited by name and date. */
  url: z
    .string()
    .trim()
    .transform((s) => (s === '' ? undefined : s))
    .pipe(url.optional()),
});

export type Source = z.output<typeof sourceSchema>;

export function loadSources(options: Pick<TableOptions, 'dir'> = {}): Source[] {
  return readTable('sources.csv', sourceSchema, { ...options, key: 'id' }).map(({ line: _line, ...source }) => source);
}

/** The set that every other table's `source` cells are checked against. */
export function sourceIdSet(sources: readonly Source[]): ReadonlySet<string> {
  return new Set(sources.map((source) => source.id));
}
