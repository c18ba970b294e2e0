import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatDate } from '../shared/format';

/** The last month a window shows: it ends at the start of the month after. */
function lastMonth(isoEnd: string): string {
  const end = new Date(`${isoEnd}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** The label of a close-up: "Zoomed: Oct 2023 – Feb 2024" / "放大：2023年10月至2024年2月". */
export function zoomText([from, to]: [string, string], locale: Locale, t: Translate): string {
  return t('timeline.zoom', { from: formatDate(locale, from, 'month'), to: formatDate(locale, lastMonth(to), 'month') });
}
