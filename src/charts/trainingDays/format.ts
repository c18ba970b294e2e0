import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import { daysPerYear } from './state';
import { numberFormat, pluralRules } from '../shared/intl';

const superscript: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** FLOP as the story prints them, 2.1×10²⁵: digits grouped by locale would run to 26 places. */
export function formatFlop(locale: Locale, flop: number): string {
  let exponent = Math.floor(Math.log10(flop));
  // log10 of an exact power of ten can land a hair under the integer.
  if (flop / 10 ** exponent >= 10 - 1e-9) exponent += 1;
  const mantissa = flop / 10 ** exponent;
  const power = [...String(exponent)].map((c) => superscript[c] ?? c).join('');
  return `${formatNumber(locale, mantissa, 2)}×10${power}`;
}

export function formatPercent(locale: Locale, fraction: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/**
 * Days rounded as the inputs deserve: two significant figures from 100 up (1,113 → 1,100), whole days from 10,
 * one decimal below. The inputs are a few percent uncertain at best, so more digits would mislead.
 */
export function roundDays(days: number): number {
  if (days >= 100) {
    const magnitude = 10 ** (Math.floor(Math.log10(days)) - 1);
    return Math.round(days / magnitude) * magnitude;
  }
  if (days >= 10) return Math.round(days);
  return Math.round(days * 10) / 10;
}

const plural = (locale: Locale, value: number) => (pluralRules(locale).select(value) === 'one' ? 'one' : 'other');

/** A span in days, with hours under a day: "23 days", "5 hours". */
export function formatDays(locale: Locale, t: Translate, days: number): string {
  if (days < 1) {
    const hours = Math.max(1, Math.round(days * 24));
    return t(`days.hours.${plural(locale, hours)}`, { value: formatNumber(locale, hours) });
  }
  const rounded = roundDays(days);
  return t(`days.value.${plural(locale, rounded)}`, { value: formatNumber(locale, rounded, 1) });
}

/** Years for spans over a year, else undefined: "about 3 years" / "约3年". */
export function formatYears(locale: Locale, t: Translate, days: number): string | undefined {
  if (days <= daysPerYear) return undefined;
  const years = days / daysPerYear;
  const rounded = years >= 10 ? Math.round(years) : Math.round(years * 10) / 10;
  return t(`days.years.${plural(locale, rounded)}`, { value: formatNumber(locale, rounded, 1) });
}

/** Days, and years too when the run takes more than one: "1,110 days (about 3 years)". */
export function formatDuration(locale: Locale, t: Translate, days: number): string {
  const years = formatYears(locale, t, days);
  const value = formatDays(locale, t, days);
  return years ? t('days.withYears', { days: value, years }) : value;
}

/** The readout: a rounded span said to be one, "about 1,100 days" / "约1,100天". */
export function formatAboutDays(locale: Locale, t: Translate, days: number): string {
  return t('days.about', { value: formatDays(locale, t, days) });
}

/** A tick of the log axis of days, named as a span: "1 week" / "1周". */
export function formatDaysTick(t: Translate, id: 'day' | 'week' | 'month' | 'year' | 'decade'): string {
  return t(`days.tick.${id}`);
}
