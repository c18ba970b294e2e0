import { select } from 'd3-selection';
import { translator } from '../../i18n/ui';
import type { PlotOptions } from '../definition';
import { drawLegend } from '../shared/legend';
import { layer } from '../shared/layers';
import { plotChart } from '../shared/plot';
import { palettes } from '../shared/theme';
import { fleetsLayout } from './layout';
import { fleetsMarks, fleetsScales } from './marks';
import type { GpuFleetsData } from './prepare';
import { legendItems } from './update';

/** Every mark drawn once by Plot, with the legend; the drawing (./update.ts) then puts it into a step's state. Its rows come with its data. */
export function plotGpuFleets(data: GpuFleetsData, options: PlotOptions): SVGSVGElement {
  const { width, height, locale, theme, idPrefix } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const items = legendItems(data, t, palette);
  const layout = fleetsLayout(data, { width, height, locale, t, legendLabels: items.map((i) => i.label) });
  const svg = plotChart(
    { ...fleetsScales(layout, { locale, t, palette }), marks: fleetsMarks(data, layout, { locale, t, palette }) },
    { ...options, palette },
  );
  drawLegend(layer(select(svg), idPrefix, 'legend'), items, {
    x: 8,
    y: layout.legend.y,
    width: width - 16,
    fontSize: layout.legend.fontSize,
    palette,
  });
  return svg;
}
