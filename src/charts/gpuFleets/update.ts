import { translator, type Translate } from '../../i18n/ui';
import type { Locale } from '../../i18n/locales';
import type { LegendItem } from '../shared/legend';
import { categoryClass, palettes, type Palette } from '../shared/theme';
import { kindSymbol } from './kinds';
import type { ChartDrawing } from '../shared/drawing';
import { applyFleetsState } from './emphasis';
import { fleetsLayout } from './layout';
import type { GpuFleetsData } from './prepare';
import { fleetsState } from './state';
import { storyValues } from './text';

// Apart from the Plot drawing (./plot.ts), so that the browser, which only moves the chart between steps, loads no Plot.

const description = (data: GpuFleetsData, step: number, locale: Locale, t: Translate) => t(data.steps[step]!.desc, storyValues(data, locale, t));

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

/** The GPU-count chart's moving parts: the axes stay, emphasis and note change. Its rows and steps come with its data. */
export const fleetsDrawing: ChartDrawing<GpuFleetsData> = {
  describe: (data, step, locale) => description(data, step, locale, translator(locale)),
  draw(svg, data, { width, height, locale, theme, idPrefix, duration, step }) {
    const t = translator(locale);
    const palette = palettes[theme];
    const layout = fleetsLayout(data, { width, height, locale, t, legendLabels: legendItems(data, t, palette).map((i) => i.label) });
    applyFleetsState(svg, data, fleetsState(data, step), layout, { locale, t, palette, idPrefix, duration });
  },
};
