import { z } from 'zod';

// Field parsers for CSV cells, which always arrive as strings. Each message says what was expected,
// so that DataError can name it next to the file, line and field.

export const text = z.string().trim().min(1, 'expected a non-empty value');

export const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s));

const numberPattern = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export const number = z
  .string()
  .trim()
  .refine((s) => numberPattern.test(s), { message: 'expected a number' })
  .transform(Number);

export const optionalNumber = z
  .string()
  .trim()
  .refine((s) => s === '' || numberPattern.test(s), { message: 'expected a number or an empty cell' })
  .transform((s) => (s === '' ? undefined : Number(s)));

function isCalendarDate(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = z
  .string()
  .trim()
  .refine(isCalendarDate, { message: 'expected a date as YYYY-MM-DD' });

/** Sources may be dated only to the month or the year. */
export const looseDate = z
  .string()
  .trim()
  .refine((s) => /^\d{4}(-\d{2})?$/.test(s) || isCalendarDate(s), {
    message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  });

export const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

const confidenceLevels = ['verified', 'estimate', 'claim', 'computed'] as const;
export type Confidence = (typeof confidenceLevels)[number];
export const confidence = z.enum(confidenceLevels, {
  message: `expected one of ${confidenceLevels.join(', ')}`,
});

/** One or more source ids separated by spaces; checked against sources.csv by the table loader. */
export const sourceIds = z
  .string()
  .trim()
  .min(1, 'expected one or more source ids')
  .transform((s) => s.split(/\s+/));

export const url = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\//.test(s) && URL.canParse(s), { message: 'expected an absolute http(s) URL' });
