import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatDate, formatNumber } from '../shared/format';
import type { DataTable } from '../types';
import type { NvidiaSegmentsData } from './prepare';
import { quarterName } from './text';

/** Every quarter and segment with its revenue, confidence and sources: the chart as a table. */
export function nvidiaSegmentsTable(data: NvidiaSegmentsData, locale: Locale): DataTable {
  const t = translator(locale);
  return {
    columns: [
      t('revenue.column.quarter'),
      t('revenue.column.end'),
      t('revenue.column.segment'),
      t('revenue.column.value'),
      t('figure.confidence'),
      t('figure.sources'),
    ],
    rows: data.quarters.map((q) => [
      { text: quarterName(q, t) },
      { text: formatDate(locale, q.end) },
      { text: t(`revenue.segment.${q.segment}`) },
      // The column's unit follows the language: USD bn, or 亿美元 (0.1 bn).
      { text: locale === 'zh' ? formatNumber(locale, q.usdBn * 10, 2) : formatNumber(locale, q.usdBn, 3), numeric: true },
      { text: t(`confidence.${q.confidence}`) },
      {
        text: '',
        links: q.sources.map((id) => {
          const source = data.sources.find((s) => s.id === id);
          return { text: source?.publisher ?? id, href: source?.url ?? '#' };
        }),
      },
    ]),
  };
}
