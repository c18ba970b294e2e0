import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatDate, formatNumber } from '../shared/format';
import type { NvidiaSegmentsData, PreparedEvent, PreparedQuarter } from './prepare';
import { numberFormat } from '../shared/intl';

/** Money as each language counts it: $18.4 bn in English, 184 亿美元 in Chinese (1 亿 = 0.1 bn). */
export function formatUsd(locale: Locale, usdBn: number, t: Translate, digits = 3): string {
  const value = locale === 'zh' ? formatNumber(locale, usdBn * 10, Math.max(0, digits - 1)) : formatNumber(locale, usdBn, digits);
  return t('revenue.value', { value });
}

/** The axis in the same unit as the labels: billions in English, 亿 (hundred millions) in Chinese. */
export function axisTickFormat(locale: Locale): (usdBn: number) => string {
  return (usdBn) => formatNumber(locale, locale === 'zh' ? usdBn * 10 : usdBn);
}

export function formatPercent(locale: Locale, fraction: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

export function quarterName(q: Pick<PreparedQuarter, 'fiscalYear' | 'quarter'>, t: Translate): string {
  return t('revenue.quarter', { year: q.fiscalYear, q: q.quarter });
}

function sourceNames(data: NvidiaSegmentsData, ids: readonly string[]): string {
  return [...new Set(ids)].map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join('; ');
}

/** What a bar shows, as a sentence: its <title> and its data-label. */
export function quarterLabel(q: PreparedQuarter, data: NvidiaSegmentsData, locale: Locale, t: Translate): string {
  return t('revenue.mark', {
    quarter: quarterName(q, t),
    end: formatDate(locale, q.end),
    segment: t(`revenue.segment.${q.segment}`),
    value: formatUsd(locale, q.usdBn, t),
    confidence: t(`confidence.${q.confidence}`),
    sources: sourceNames(data, q.sources),
  });
}

/** An event's name; the October 2023 rule is named by what it caught, as the story tells it. */
function eventName(event: PreparedEvent, locale: Locale, t: Translate): string {
  if (event.id === 'bis-oct-2023') return t('revenue.event.rtx4090');
  return locale === 'zh' ? event.label_zh : event.label_en;
}

/**
 * The short text beside an event's marker. An event before the first quarter drawn has no bar to tie it to a time,
 * so its label says when it was.
 */
export function eventText(event: PreparedEvent, data: NvidiaSegmentsData, locale: Locale, t: Translate): string {
  const label = eventName(event, locale, t);
  const firstQuarter = data.quarters.map((q) => q.start).sort()[0]!;
  return event.date < firstQuarter ? t('revenue.event.before', { label, date: formatDate(locale, event.date, 'month', 'short') }) : label;
}

export function eventLabel(event: PreparedEvent, data: NvidiaSegmentsData, locale: Locale, t: Translate): string {
  return t('revenue.eventMark', {
    date: formatDate(locale, event.date, event.precision),
    label: eventName(event, locale, t),
    confidence: t(`confidence.${event.confidence}`),
    sources: sourceNames(data, event.sources),
  });
}

export function claimLabel(data: NvidiaSegmentsData, t: Translate): string {
  return t('revenue.claim.mark', { confidence: t('confidence.claim'), sources: sourceNames(data, data.claim.sources) });
}
