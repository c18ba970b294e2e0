import { translator, type Translate } from '../../i18n/ui';
import type { Locale } from '../../i18n/locales';
import type { LegendItem } from '../shared/legend';
import { categoryClass, palettes, type Palette } from '../shared/theme';
import { kindSymbol } from './kinds';
import type { ChartOptions } from '../types';
import { applyFleetsState } from './emphasis';
import { fleetsLayout } from './layout';
import type { GpuFleetsData } from './prepare';
import { clampStep, fleetsChartId, fleetsState } from './state';
import { storyValues } from './text';

// Kept apart from index.ts so that the browser, which only updates the chart, loads no Plot.

export const description = (data: GpuFleetsData, step: number, locale: Locale, t: Translate) =>
  t(data.steps[step]!.desc, storyValues(data, locale, t));

/** Whose GPUs, by colour; how sure, by outline; what was counted, by shape (only the kinds the chart shows). */
export function legendItems(data: GpuFleetsData, t: Translate, palette: Palette): LegendItem[] {
  const kinds = (['run', 'fleet', 'order', 'target'] as const).filter((kind) => data.fleets.some((f) => f.kind === kind && f.low === f.high));
  return [
    { id: 'china', label: t('fleets.legend.china'), swatch: 'bar', color: palette.china, fill: palette.china, className: categoryClass.china },
    { id: 'us-lab', label: t('fleets.legend.usLab'), swatch: 'bar', color: palette.usLabs, fill: palette.usLabs, className: categoryClass.usLabs },
    {
      id: 'estimate',
      label: t('fleets.legend.estimate'),
      swatch: 'hollow-dot',
      color: palette.muted,
      fill: palette.background,
      className: 'muted hollow',
    },
    ...kinds.map((kind) => ({
      id: `kind-${kind}`,
      label: t(`fleets.legend.${kind}`),
      swatch: kindSymbol[kind] === 'circle' ? ('dot' as const) : kindSymbol[kind],
      color: palette.text,
      fill: palette.text,
      className: 'ink',
    })),
  ];
}

/** Moves an SVG drawn by gpuFleets to another step, in place: the axes stay, emphasis and note change. */
export function updateGpuFleets(svg: SVGSVGElement, data: GpuFleetsData, options: Omit<ChartOptions, 'document'> & { duration: number }): void {
  const { width, locale, theme = 'light', idPrefix = fleetsChartId, duration } = options;
  const step = clampStep(options.step, data.steps.length);
  const t = translator(locale);
  const palette = palettes[theme];
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = description(data, step, locale, t);
  const layout = fleetsLayout(data, { width, locale, t, legendLabels: legendItems(data, t, palette).map((i) => i.label) });
  applyFleetsState(svg, data, fleetsState(data, step), layout, { locale, t, palette, idPrefix, duration });
}
