import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatDate, formatNumber } from '../shared/format';
import type { DataTable } from '../types';
import { numberFormat } from '../shared/intl';
import type { TeacherStudentData } from './prepare';

/** Every score with its family, release month, test setting, confidence and sources: the chart as a table. */
export function teacherStudentTable(data: TeacherStudentData, locale: Locale): DataTable {
  const t = translator(locale);
  return {
    columns: [
      t('mmlu.column.model'),
      t('mmlu.column.family'),
      t('mmlu.column.released'),
      t('mmlu.column.score'),
      t('mmlu.column.shots'),
      t('figure.confidence'),
      t('figure.sources'),
    ],
    rows: data.scores.map((score) => [
      { text: score.model },
      { text: t(`mmlu.family.${score.family}`) },
      // Month precision: some release days are unconfirmed, and the chart reads to the month.
      { text: formatDate(locale, score.released, 'month') },
      // The table keeps each score as its source prints it (59.17); the chart rounds all to one decimal.
      { text: numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(score.score), numeric: true },
      { text: score.shots === 0 ? t('mmlu.shots.zero') : t('mmlu.shots.few', { n: formatNumber(locale, score.shots) }) },
      { text: t(`confidence.${score.confidence}`) },
      {
        text: '',
        links: score.sources.map((id) => {
          const source = data.sources.find((s) => s.id === id);
          return { text: source?.publisher ?? id, href: source?.url ?? '#' };
        }),
      },
    ]),
  };
}
