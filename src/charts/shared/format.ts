import type { Locale } from '../../i18n/locales';
import { spaceHan } from '../../i18n/cjkSpacing';
import { dateTimeFormat, numberFormat } from './intl';

// One set of rules for every figure and date a reader sees, in the prose (src/story/values.ts), the charts' labels
// and ticks, the tables and the pages alike: a sentence and a chart print the same figure the same way.
//
// English: grouped digits (350,000), never 350K; dates day–month–year with the month in full (17 October 2023),
// as the prose writes them. Chinese: counts from 万 up in 万 and 亿 (35 万, 2 亿) when that is exact, grouped
// digits otherwise (15,832) and below 万 (4,800); dates 2023 年 10 月 17 日, a space between digits and Han as
// in the prose (src/i18n/cjkSpacing.ts).

const chineseUnits = [
  { unit: '亿', size: 1e8 },
  { unit: '万', size: 1e4 },
] as const;

/** A count in 万 or 亿 when two decimals there hold it exactly; undefined otherwise. */
function inChineseUnits(value: number, maximumFractionDigits: number): string | undefined {
  const rounded = Number(value.toFixed(maximumFractionDigits));
  for (const { unit, size } of chineseUnits) {
    if (Math.abs(rounded) < size) continue;
    const scaled = rounded / size;
    if (Math.abs(Math.round(scaled * 100) * (size / 100) - rounded) > 1e-9 * size) return undefined;
    return `${numberFormat('zh', { maximumFractionDigits: 2 }).format(scaled)} ${unit}`;
  }
  return undefined;
}

/** A figure in the reader's language: 4,800 in both; 350,000 / 35 万; 15,832 in both (not a round number of 万). */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  if (locale === 'zh') {
    const units = inChineseUnits(value, maximumFractionDigits);
    if (units) return units;
  }
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Rough sizes where only the order matters (70B parameters / 700 亿): 70B / 700 亿. Axis ticks use formatNumber. */
export function formatCompact(locale: Locale, value: number): string {
  const text = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return locale === 'zh' ? spaceHan(text) : text;
}

export type DatePrecision = 'day' | 'month' | 'year';

const dateParts = (precision: DatePrecision, month: 'long' | 'short'): Intl.DateTimeFormatOptions =>
  precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month } : { year: 'numeric', month, day: 'numeric' };

const utcDate = (isoDate: string): Date => {
  const [year, month = '01', day = '01'] = isoDate.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
};

function formatUtc(locale: Locale, date: Date, options: Intl.DateTimeFormatOptions): string {
  const text = dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  return locale === 'zh' ? spaceHan(text) : text;
}

/**
 * A date as the prose writes it: 17 October 2023 / 2023 年 10 月 17 日; October 2023 / 2023 年 10 月. Labels short of
 * room ask for `month: 'short'`: 17 Oct 2023, the same order (Chinese months are numbers either way).
 */
export function formatDate(locale: Locale, isoDate: string, precision: DatePrecision = 'day', month: 'long' | 'short' = 'long'): string {
  return formatUtc(locale, utcDate(isoDate), dateParts(precision, month));
}

/** An axis tick for a month, the year only where it changes: "Jan 2023", "Mar" / "2023 年 1 月", "3 月". */
export function formatMonthTick(locale: Locale, date: Date, withYear: boolean): string {
  return formatUtc(locale, date, withYear ? { year: 'numeric', month: 'short' } : { month: 'short' });
}

/** An axis tick for a year: 2023 / 2023 年. */
export function formatYearTick(locale: Locale, date: Date): string {
  return formatUtc(locale, date, { year: 'numeric' });
}
