import type { Locale } from '../../i18n/locales';
import type { Translate, UiKey } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import type { LegendItem } from '../shared/legend';
import type { Palette } from '../shared/theme';
import type { ChipThresholdsData } from './prepare';
import type { ChipMark, ChipThresholdsState, LineState } from './state';

// Every word the drawing sets, apart from the <desc> (describe.ts): the legend, the lines' and marks' labels.

export function legendItems(t: Translate, palette: Palette): LegendItem[] {
  return [
    {
      id: 'controlled',
      label: t('chip.status.controlled'),
      swatch: 'dot',
      color: palette.controlled,
      fill: palette.controlled,
      className: 'status-controlled',
    },
    { id: 'notify', label: t('chip.status.notify'), swatch: 'dot', color: palette.notify, fill: palette.notify, className: 'status-notify' },
    { id: 'outside', label: t('chip.status.outside'), swatch: 'dot', color: palette.outside, fill: palette.outside, className: 'status-outside' },
    { id: 'estimate', label: t('legend.estimate'), swatch: 'hollow-dot', color: palette.muted, fill: palette.background, className: 'hollow' },
  ];
}

/** A threshold line's label: the bare value on the x axis, the value with its unit on the y axis. */
export function lineLabel(line: LineState, state: ChipThresholdsState, locale: Locale, t: Translate): string {
  if (line.axis === 'x') return formatNumber(locale, line.value);
  const key: UiKey = state.yMetric === 'interconnect' ? 'chip.line.interconnect' : 'chip.line.density';
  return t(key, { value: formatNumber(locale, line.value, 2) });
}

/** The names a mark carries: one chip, or the chips that share its spot. */
export const markName = (mark: ChipMark): string => mark.names.join(' · ');

/** What a mark shows, as a sentence: its <title> and its data-label. */
export function markDescription(mark: ChipMark, state: ChipThresholdsState, data: ChipThresholdsData, locale: Locale, t: Translate): string {
  const metric =
    state.yMetric === 'interconnect'
      ? t('chip.line.interconnect', { value: formatNumber(locale, mark.y) })
      : t('chip.line.density', { value: formatNumber(locale, mark.y, 2) });
  const sourceNames = [...new Set(mark.chips.flatMap((c) => c.sources))].map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id);
  return t(state.rule === '2022' ? 'chip.mark.2022' : 'chip.mark', {
    name: markName(mark),
    tpp: formatNumber(locale, mark.tpp),
    metric,
    status: t(`chip.status.${mark.status}`),
    confidence: [...new Set(mark.chips.map((c) => t(`confidence.${c.confidence}`)))].join(', '),
    sources: sourceNames.join('; '),
  });
}
