import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import type { DataTable } from '../types';
import type { ScorecardData } from './prepare';
import { evidenceText, pointText, reasonText, verdictText } from './text';

/** Every point with its verdict, the facts that decide it, their weakest label and their sources. */
export function scorecardTable(data: ScorecardData, locale: Locale): DataTable {
  const t = translator(locale);
  return {
    columns: [t('score.column.point'), t('score.column.verdict'), t('score.column.evidence'), t('figure.confidence'), t('figure.sources')],
    rows: data.points.map((point) => [
      { text: pointText(point, locale) },
      {
        text: reasonText(point, locale)
          ? t('score.verdictWithReason', { verdict: verdictText(point, t), reason: reasonText(point, locale) })
          : verdictText(point, t),
      },
      { text: evidenceText(point, locale) },
      { text: t(`confidence.${point.confidence}`) },
      {
        text: '',
        links: point.sources.map((id) => {
          const source = data.sources.find((s) => s.id === id);
          return { text: source?.publisher ?? id, href: source?.url ?? '#' };
        }),
      },
    ]),
  };
}
