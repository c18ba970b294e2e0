import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { z } from 'zod';
import { DataError } from './DataError';

/** Where data/ lives; tests point loaders at fixture folders instead. */
export const defaultDataDir = join(process.cwd(), 'data');

export interface TableOptions {
  dir?: string;
  /** Column whose values must be unique; a repeat is an error on the line that repeats it. */
  key?: string;
  /** Known source ids: every row's `source` cell must name only these. */
  sourceIds?: ReadonlySet<string>;
}

export type Row<T> = T & { line: number };

/**
 * Reads one CSV file of data/ and validates every row with a zod object schema.
 * Any problem stops with a DataError naming the file, the line, the field and what was expected.
 */
export function readTable<S extends z.ZodObject>(
  file: string,
  schema: S,
  { dir = defaultDataDir, key, sourceIds }: TableOptions = {},
): Row<z.output<S>>[] {
  const path = join(dir, file);
  const shown = relative(process.cwd(), path) || path;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new DataError(shown, 0, '*', 'the file could not be read');
  }
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  const [header = [], ...body] = csvParseRows(lines.join('\n'));

  const columns = Object.keys(schema.shape);
  for (const column of columns) {
    if (!header.includes(column)) throw new DataError(shown, 1, column, 'expected this column in the header');
  }
  for (const column of header) {
    if (!columns.includes(column)) throw new DataError(shown, 1, column, 'unknown column');
  }

  const seen = new Map<string, number>();
  return body.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length) {
      throw new DataError(shown, line, '*', `expected ${header.length} cells, found ${cells.length}`);
    }
    const record = Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = String(issue?.path[0] ?? '*');
      throw new DataError(shown, line, field, `${issue?.message ?? 'invalid value'}, got "${record[field] ?? ''}"`);
    }
    const row = result.data as z.output<S>;
    if (key) {
      const value = String(record[key]);
      const first = seen.get(value);
      if (first !== undefined) throw new DataError(shown, line, key, `expected a unique value, "${value}" is already on line ${first}`);
      seen.set(value, line);
    }
    if (sourceIds && 'source' in record) {
      for (const sourceId of String(record['source']).trim().split(/\s+/)) {
        if (!sourceIds.has(sourceId)) throw new DataError(shown, line, 'source', `expected an id from sources.csv, got "${sourceId}"`);
      }
    }
    return { ...row, line };
  });
}
