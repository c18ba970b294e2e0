import { chartById } from '../charts/registry';
import { figureWidths } from '../charts/widths';
import type { Locale } from '../i18n/locales';

export interface ChartHeights {
  narrow: number;
  wide: number;
}

/**
 * The tallest the chart's SVG gets, over all its steps, at each drawn width: read from its definition's
 * height(), not by drawing it. No chart's height depends on the language, so `locale` only keeps the callers'
 * signature.
 */
export function chartHeights(chartId: string, _locale?: Locale): ChartHeights {
  const chart = chartById(chartId);
  const tallest = (width: number) => Math.max(...Array.from({ length: chart.stepCount }, (_, step) => chart.height(width, step)));
  return { narrow: tallest(figureWidths.narrow), wide: tallest(figureWidths.wide) };
}
