import { select } from 'd3-selection';
import { languageTag } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { drawLegend } from '../shared/legend';
import { layer } from '../shared/layers';
import { plotChart } from '../shared/plot';
import { fontSize, palettes } from '../shared/theme';
import type { ChartOptions } from '../types';
import { applyFleetsState } from './emphasis';
import { chartHeight, fleetsLayout } from './layout';
import { fleetsMarks, fleetsScales } from './marks';
import type { GpuFleetsData } from './prepare';
import { clampStep, fleetsChartId, fleetsState, fleetsStepCount } from './state';
import { description, legendItems } from './update';

export const id = fleetsChartId;
export const stepCount = fleetsStepCount;
export { chartHeight };
export { updateGpuFleets } from './update';

/** The chart at one step as a new SVG element: every mark drawn once by Plot, then put into the step's state. Its rows and steps come with its data. */
export function gpuFleets(data: GpuFleetsData, options: ChartOptions): SVGSVGElement {
  const { width, locale, theme = 'light', document, idPrefix = id } = options;
  const step = clampStep(options.step, data.steps.length);
  const t = translator(locale);
  const palette = palettes[theme];
  const items = legendItems(data, t, palette);
  const layout = fleetsLayout(data, { width, locale, t, legendLabels: items.map((i) => i.label) });
  const svg = plotChart(
    { ...fleetsScales(layout, { locale, t, palette }), marks: fleetsMarks(data, layout, { locale, t, palette }) },
    {
      document,
      width,
      height: chartHeight(width),
      title: t(data.titleKey),
      description: description(data, step, locale, t),
      idPrefix,
      lang: languageTag[locale],
      palette,
    },
  );
  drawLegend(layer(select(svg), idPrefix, 'legend'), items, { x: 8, y: 18, width: width - 16, fontSize: fontSize.legend, palette });
  applyFleetsState(svg, data, fleetsState(data, step), layout, { locale, t, palette, idPrefix, duration: 0 });
  return svg;
}
