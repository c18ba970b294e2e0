import { translator, type Translate } from '../../i18n/ui';
import type { Locale } from '../../i18n/locales';
import { categoryClass, palettes, type Palette } from '../shared/theme';
import type { ChartOptions } from '../types';
import { applyFleetsState } from './emphasis';
import { fleetsLayout } from './layout';
import type { GpuFleetsData } from './prepare';
import { clampStep, fleetsChartId, fleetsState } from './state';
import { storyValues } from './text';

// Kept apart from index.ts so that the browser, which only updates the chart, loads no Plot.

export const description = (data: GpuFleetsData, step: number, locale: Locale, t: Translate) =>
  t(data.steps[step]!.desc, storyValues(data, locale, t));

/** Whose GPUs, by colour; how sure, by outline. What was counted has its shape, keyed under the axis. */
export function legendItems(t: Translate, palette: Palette) {
  return [
    { id: 'china', label: t('fleets.legend.china'), swatch: 'dot', color: palette.china, fill: palette.china, className: categoryClass.china },
    { id: 'us-lab', label: t('fleets.legend.usLab'), swatch: 'dot', color: palette.usLabs, fill: palette.usLabs, className: categoryClass.usLabs },
    {
      id: 'estimate',
      label: t('fleets.legend.estimate'),
      swatch: 'hollow-dot',
      color: palette.muted,
      fill: palette.background,
      className: 'muted hollow',
    },
  ] as const;
}

/** Moves an SVG drawn by gpuFleets to another step, in place: the axes stay, emphasis and note change. */
export function updateGpuFleets(svg: SVGSVGElement, data: GpuFleetsData, options: Omit<ChartOptions, 'document'> & { duration: number }): void {
  const { width, locale, theme = 'light', idPrefix = fleetsChartId, duration } = options;
  const step = clampStep(options.step, data.steps.length);
  const t = translator(locale);
  const palette = palettes[theme];
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = description(data, step, locale, t);
  const layout = fleetsLayout(data, { width, locale, t, legendLabels: legendItems(t, palette).map((i) => i.label) });
  applyFleetsState(svg, data, fleetsState(data, step), layout, { locale, t, palette, idPrefix, duration });
}
