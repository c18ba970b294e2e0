import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatDate } from '../shared/format';
import type { DataTable } from '../types';
import { labelText } from './layout';
import type { TimelineData } from './prepare';

/** Every event with its date (to the precision known), lane, confidence and sources: the chart as a table. */
export function timelineTable(data: TimelineData, locale: Locale): DataTable {
  const t = translator(locale);
  return {
    columns: [t('timeline.column.date'), t('timeline.column.lane'), t('timeline.column.event'), t('figure.confidence'), t('figure.sources')],
    rows: data.events.map((event) => [
      { text: formatDate(locale, event.date, event.precision) },
      { text: t(data.laneNames[event.lane]) },
      { text: labelText(event, locale) },
      { text: t(`confidence.${event.confidence}`) },
      {
        text: '',
        links: event.sources.map((id) => {
          const source = data.sources.find((s) => s.id === id);
          return { text: source?.publisher ?? id, href: source?.url ?? '#' };
        }),
      },
    ]),
  };
}
