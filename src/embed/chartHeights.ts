import { chartById } from '../charts/registry';
import { serverDocument } from '../charts/renderToString';
import { dataset } from '../data';
import type { Locale } from '../i18n/locales';

/** The two widths every figure is drawn at, for phones and for wider screens (as in ChartFigure). */
export const figureWidths = { narrow: 360, wide: 720 } as const;

export interface ChartHeights {
  narrow: number;
  wide: number;
}

const cache = new Map<string, ChartHeights>();

/** The tallest the chart's SVG gets, over all its steps, at each drawn width. */
export function chartHeights(chartId: string, locale: Locale): ChartHeights {
  const key = `${chartId}/${locale}`;
  const known = cache.get(key);
  if (known) return known;
  const chart = chartById(chartId);
  const data = chart.prepare(dataset());
  const document = serverDocument();
  const tallest = (width: number) =>
    Math.max(
      ...Array.from({ length: chart.stepCount }, (_, step) => Number(chart.render(data, { width, locale, step, document }).getAttribute('height'))),
    );
  const heights = { narrow: tallest(figureWidths.narrow), wide: tallest(figureWidths.wide) };
  cache.set(key, heights);
  return heights;
}
