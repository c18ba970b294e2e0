import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatDate, formatNumber } from '../shared/format';
import type { DataTable } from '../types';
import type { BenchmarkGapData } from './prepare';

/** Every measurement: benchmark, date, the US lead in points, confidence and sources. */
export function benchmarkGapTable(data: BenchmarkGapData, locale: Locale): DataTable {
  const t = translator(locale);
  return {
    columns: [t('gap.column.benchmark'), t('gap.column.date'), t('gap.column.points'), t('figure.confidence'), t('figure.sources')],
    rows: data.rows.flatMap((row) =>
      [row.from, row.to].map((point) => [
        { text: row.benchmark },
        { text: formatDate(locale, point.at, 'month') },
        { text: formatNumber(locale, point.points, 1), numeric: true },
        { text: t(`confidence.${point.confidence}`) },
        {
          text: '',
          links: point.sources.map((id) => {
            const source = data.sources.find((s) => s.id === id);
            return { text: source?.publisher ?? id, href: source?.url ?? '#' };
          }),
        },
      ]),
    ),
  };
}
