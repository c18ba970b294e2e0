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
    { id: 'estimate', label: t('legend.estimate'), swatch: 'hollow-dot', color: palette.muted, fill: palette.background, className: 'muted hollow' },
  ];
}

/** A threshold line's label: the bare value on the x axis, the value with its unit on the y axis. */
export function lineLabel(line: LineState, state: ChipThresholdsState, locale: Locale, t: Translate): string {
  if (line.axis === 'x') return formatNumber(locale, line.value);
  const key: UiKey = state.yMetric === 'interconnect' ? 'chip.line.interconnect' : 'chip.line.density';
  return t(key, { value: formatNumber(locale, line.value, 2) });
}

/** What a mark shows, as a sentence: its <title> and its data-label. */
export function markDescription(mark: ChipMark, state: ChipThresholdsState, data: ChipThresholdsData, locale: Locale, t: Translate): string {
  const metric =
    state.yMetric === 'interconnect'
      ? t('chip.line.interconnect', { value: formatNumber(locale, mark.y) })
      : t('chip.line.density', { value: formatNumber(locale, mark.y, 2) });
  const sourceNames = mark.chip.sources.map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id);
  return t(state.rule === '2022' ? 'chip.mark.2022' : 'chip.mark', {
    name: mark.chip.name,
    tpp: formatNumber(locale, mark.tpp),
    metric,
    status: t(`chip.status.${mark.status}`),
    confidence: t(`confidence.${mark.chip.confidence}`),
    sources: sourceNames.join('; '),
  });
}

/** A mark's name, or the names of the chips on its spot: one line with a dot between them, or stacked on a phone. */
export function labelLines(mark: ChipMark, narrow: boolean): string[] {
  return narrow && mark.names.length > 1 ? mark.names : [mark.names.join(' · ')];
}

/** "4,707 vs 4,800": a chip's value against the line it sits just under; on a phone, on two lines, to fit between the lines. */
export function calloutLines(callout: NonNullable<ChipMark['callout']>, narrow: boolean, locale: Locale, t: Translate): string[] {
  const values = { value: formatNumber(locale, callout.value), line: formatNumber(locale, callout.line) };
  return narrow ? [values.value, t('chip.callout.line', values)] : [t('chip.callout', values)];
}
