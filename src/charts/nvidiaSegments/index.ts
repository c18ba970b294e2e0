import type { ChartOptions } from '../types';
import { describeNvidiaSegments } from './describe';
import { drawNvidiaSegments } from './draw';
import type { NvidiaSegmentsData } from './prepare';
import { clampStep, nvidiaSegmentsState, nvidiaSegmentsStepCount } from './state';
import { applyState } from './update';

export { chartHeight } from './layout';
export const id = 'nvidia-segments';
export const stepCount = nvidiaSegmentsStepCount;

/** The chart at one step as a new SVG element: the same function at build time, in exports and in the browser. */
export function nvidiaSegments(data: NvidiaSegmentsData, options: ChartOptions): SVGSVGElement {
  const { width, locale, theme = 'light', document, idPrefix = id } = options;
  const step = clampStep(options.step, stepCount);
  const svg = drawNvidiaSegments(data, { document, width, locale, theme, idPrefix, description: describeNvidiaSegments(data, step, locale) });
  applyState(svg, nvidiaSegmentsState(data, step), 0, theme);
  return svg;
}

export { updateNvidiaSegments } from './update';
