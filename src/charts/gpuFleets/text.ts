import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatDate, formatNumber } from '../shared/format';
import type { GpuFleetsData, PreparedFleet } from './prepare';
import { runRowIds } from './runsView';
import { wankaGpus } from '../../data/constants';
import { fleetRow } from './state';
import { rowIds } from './steps';

// Every sentence and number the chart puts on screen, from the data and the UI strings.

export const holderName = (fleet: PreparedFleet, locale: Locale) => (locale === 'zh' ? fleet.holder_zh : fleet.holder_en);

/** The name cut down for a short screen's drawing (data/gpu-fleets.csv), or the full one where there is none. */
export const shortHolderName = (fleet: PreparedFleet, locale: Locale) =>
  (locale === 'zh' ? fleet.short_zh : fleet.short_en) ?? holderName(fleet, locale);

/** A month is as precise as these dates get: several rows are dated only to the month. */
export const fleetDate = (fleet: PreparedFleet, locale: Locale) => formatDate(locale, fleet.date, 'month', 'short');

/** "25,000", or "1,000–2,000" for a range. */
export function countText(fleet: PreparedFleet, locale: Locale): string {
  const high = formatNumber(locale, fleet.high);
  return fleet.low === fleet.high ? high : `${formatNumber(locale, fleet.low)}–${high}`;
}

/** The text beside a row's mark: the count, or the total when the row is spread over several firms. */
export const valueText = (fleet: PreparedFleet, locale: Locale, t: Translate) =>
  fleet.average === undefined ? countText(fleet, locale) : t('fleets.value.total', { count: countText(fleet, locale) });

export const averageText = (fleet: PreparedFleet, locale: Locale, t: Translate) =>
  t('fleets.value.average', { count: formatNumber(locale, fleet.average ?? Number.NaN) });

const publishers = (ids: readonly string[], data: GpuFleetsData) =>
  ids.map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join('; ');

/** A full sentence for the mark inspector and the <title>. */
export function fleetDescription(fleet: PreparedFleet, data: GpuFleetsData, locale: Locale, t: Translate): string {
  return t(fleet.chip === undefined ? 'fleets.mark' : 'fleets.mark.withChip', {
    holder: holderName(fleet, locale),
    count: countText(fleet, locale),
    chip: fleet.chip ?? '',
    date: fleetDate(fleet, locale),
    confidence: t(`confidence.${fleet.confidence}`),
    sources: publishers(fleet.sources, data),
  });
}

export function averageDescription(fleet: PreparedFleet, data: GpuFleetsData, locale: Locale, t: Translate): string {
  return t('fleets.mark.average', {
    holder: holderName(fleet, locale),
    total: formatNumber(locale, fleet.high),
    firms: formatNumber(locale, fleet.firms ?? Number.NaN),
    average: formatNumber(locale, fleet.average ?? Number.NaN),
    sources: publishers(fleet.sources, data),
  });
}

/** The values that the notes and descriptions quote, formatted for the locale. */
export function storyValues(data: GpuFleetsData, locale: Locale, t: Translate): Record<string, string> {
  // Each chart quotes its own rows: the essay's section the FT order, the later one the runs after it.
  const ft = data.fleets.find((f) => f.id === rowIds.ft);
  const count = (id: string) => {
    const row = data.fleets.find((f) => f.id === id);
    return row ? countText(row, locale) : '';
  };
  return {
    claim: countText(fleetRow(data, rowIds.claim), locale),
    wanka: formatNumber(locale, wankaGpus),
    ...(ft && {
      total: formatNumber(locale, ft.high),
      chip: ft.chip ?? '',
      firms: formatNumber(locale, ft.firms ?? Number.NaN),
      average: formatNumber(locale, ft.average ?? Number.NaN),
    }),
    gpt4: count(rowIds.gpt4),
    meta: count(rowIds.meta),
    megascale: count(rowIds.megascale),
    deepseekRun: count(runRowIds.deepseekRun),
    deepseekFleet: count(runRowIds.deepseekFleet),
    llama: count(runRowIds.llama),
    colossus: count(runRowIds.colossus),
    colossusLater: count(runRowIds.colossusLater),
    rows: data.fleets.map((f) => t('fleets.row', { holder: holderName(f, locale), count: countText(f, locale) })).join(locale === 'zh' ? '；' : '; '),
  };
}
