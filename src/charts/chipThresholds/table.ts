import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import type { DataTable } from '../types';
import type { ChipThresholdsData } from './prepare';

/** Every chip with its inputs, both verdicts, its confidence and its sources: the chart as a table. */
export function chipThresholdsTable(data: ChipThresholdsData, locale: Locale): DataTable {
  const t = translator(locale);
  const missing = t('table.notApplicable');
  return {
    columns: [
      t('chip.column.chip'),
      t('chip.column.tpp'),
      t('chip.column.interconnect'),
      t('chip.column.density'),
      t('chip.column.rule2022'),
      t('chip.column.rule2023'),
      t('figure.confidence'),
      t('figure.sources'),
    ],
    rows: data.chips.map((chip) => [
      { text: chip.name },
      { text: formatNumber(locale, chip.tpp), numeric: true },
      { text: chip.interconnectGbps === undefined ? missing : formatNumber(locale, chip.interconnectGbps), numeric: true },
      { text: chip.density === undefined ? missing : formatNumber(locale, chip.density, 2), numeric: true },
      { text: t(`chip.status.${chip.status2022}`) },
      { text: t(`chip.status.${chip.status2023}`) },
      { text: t(`confidence.${chip.confidence}`) },
      {
        text: '',
        links: chip.sources.map((id) => {
          const source = data.sources.find((s) => s.id === id);
          return { text: source?.publisher ?? id, href: source?.url ?? '#' };
        }),
      },
    ]),
  };
}
