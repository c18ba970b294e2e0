import type { Locale } from '../../../i18n/locales';
import type { UpdateOptions } from '../d3Chart';

/** A chart's moving parts in the browser: what `browser/<id>.update.ts` in the chart's folder exports as default. */
export interface ChartUpdater {
  (svg: SVGSVGElement, data: unknown, options: UpdateOptions): void;
  /** Where a chart has costly sums for a step, works them out ahead, in idle time, so the step itself is quick. */
  prepare?: (data: unknown, options: { width: number; locale: Locale; step: number }) => void;
}

/** The event a chart's update module fires on the document as it runs; a page that loads it as a classic script listens for it. */
export const updaterEvent = 'embed-chart-updater';

/**
 * Makes a chart's update function its module's result both ways it is loaded: as an ES module (the story's lazy
 * loader reads the default export) and as a classic script (an embed in a sandboxed frame, which hears the event).
 */
export function chartUpdater<D>(
  update: (svg: SVGSVGElement, data: D, options: UpdateOptions) => void,
  prepare?: (data: D, options: { width: number; locale: Locale; step: number }) => void,
): ChartUpdater {
  const updater: ChartUpdater = (svg, data, options) => update(svg, data as D, options);
  if (prepare) updater.prepare = (data, options) => prepare(data as D, options);
  document.dispatchEvent(new CustomEvent<ChartUpdater>(updaterEvent, { detail: updater }));
  return updater;
}
