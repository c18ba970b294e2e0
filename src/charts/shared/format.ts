import type { Locale } from '../../i18n/locales';
import { dateTimeFormat, numberFormat } from './intl';

/** Grouped digits in the reader's language: 4,800 in both, since regulations print it so. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Short counts for axes: 10K / 1万, 100M / 1亿. */
export function formatCompact(locale: Locale, value: number): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A date as a reader of that language writes it: 26 Jan 2024 / 2024年1月26日. */
export function formatDate(locale: Locale, isoDate: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [year, month = '01', day = '01'] = isoDate.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const parts: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'short' }
        : { year: 'numeric', month: 'short', day: 'numeric' };
  return dateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(date);
}
