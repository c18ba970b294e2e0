import type { Locale } from '../../../i18n/locales';
import { updateDrawing, type ChartDrawing, type UpdateOptions } from '../drawing';
import { restoreMarkKeys } from './markKeys';

/** A chart's moving parts in the browser: what `browser/<id>.update.ts` in the chart's folder exports as default. */
export interface ChartUpdater {
  (svg: SVGSVGElement, data: unknown, options: UpdateOptions & { idPrefix: string }): void;
  /** Where a chart has costly sums for a step, works them out ahead, in idle time, so the step itself is quick. */
  prepare?: (data: unknown, options: { width: number; height?: number | undefined; locale: Locale; step: number }) => void;
}

/** The event a chart's update module fires on the document as it runs; a page that loads it as a classic script listens for it. */
export const updaterEvent = 'embed-chart-updater';

/**
 * Makes a chart's drawing its module's result both ways it is loaded: as an ES module (the story's lazy loader
 * reads the default export) and as a classic script (an embed in a sandboxed frame, which hears the event).
 */
export function chartUpdater<D, I>(drawing: ChartDrawing<D, I>): ChartUpdater {
  const updater: ChartUpdater = (svg, data, options) => {
    restoreMarkKeys(svg);
    updateDrawing(drawing, svg, data as D, options);
  };
  const prepareStep = drawing.prepareStep;
  if (prepareStep) updater.prepare = (data, options) => prepareStep(data as D, options);
  document.dispatchEvent(new CustomEvent<ChartUpdater>(updaterEvent, { detail: updater }));
  return updater;
}
