import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import type { DataTable } from '../types';
import type { GpuFleetsData } from './prepare';
import { countText, fleetDate, holderName } from './text';

/** Every row with its count, the computed per-firm average where there is one, confidence and sources. */
export function gpuFleetsTable(data: GpuFleetsData, locale: Locale): DataTable {
  const t = translator(locale);
  const missing = t('table.notApplicable');
  return {
    columns: [
      t('fleets.column.holder'),
      t('fleets.column.chip'),
      t('fleets.column.gpus'),
      t('fleets.column.average'),
      t('fleets.column.date'),
      t('figure.confidence'),
      t('figure.sources'),
    ],
    rows: data.fleets.map((fleet) => [
      { text: holderName(fleet, locale) },
      { text: fleet.chip ?? missing },
      { text: countText(fleet, locale), numeric: true },
      { text: fleet.average === undefined ? missing : formatNumber(locale, fleet.average), numeric: true },
      { text: fleetDate(fleet, locale) },
      { text: t(`confidence.${fleet.confidence}`) },
      {
        text: '',
        links: fleet.sources.map((id) => {
          const source = data.sources.find((s) => s.id === id);
          return { text: source?.publisher ?? id, href: source?.url ?? '#' };
        }),
      },
    ]),
  };
}
