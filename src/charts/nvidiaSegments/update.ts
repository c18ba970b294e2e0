import { select } from 'd3-selection';
import { fade } from '../shared/fade';
import { palettes, type ThemeName } from '../shared/theme';
import type { ChartOptions } from '../types';
import { describeNvidiaSegments } from './describe';
import type { NvidiaSegmentsData } from './prepare';
import { clampStep, nvidiaSegmentsState, nvidiaSegmentsStepCount, type NvidiaSegmentsState } from './state';

// Apart from index.ts so that the browser's step updates load without Observable Plot.

/** Sets each element tagged with data-step-key (our own attribute: data-key belongs to shared joins) to the step's opacity; hidden marks also stop answering the pointer. */
export function applyState(svg: SVGSVGElement, state: NvidiaSegmentsState, duration: number, theme: ThemeName): void {
  const elements = select(svg).attr('data-step', state.step).selectAll<SVGElement, unknown>('[data-step-key]');
  const opacity = (node: SVGElement | undefined) => state.opacity[node?.getAttribute('data-step-key') ?? ''] ?? 1;
  elements.attr('pointer-events', (_, i, nodes) => (opacity(nodes[i]) === 0 ? 'none' : null));
  fade(elements, (el) => opacity(el), duration, palettes[theme]);
}

/** Moves an SVG drawn by nvidiaSegments to another step, in place: only opacities and the description change. */
export function updateNvidiaSegments(
  svg: SVGSVGElement,
  data: NvidiaSegmentsData,
  options: Omit<ChartOptions, 'document'> & { duration: number },
): void {
  const step = clampStep(options.step, nvidiaSegmentsStepCount);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = describeNvidiaSegments(data, step, options.locale);
  applyState(svg, nvidiaSegmentsState(data, step), options.duration, options.theme ?? 'light');
}
