import { select } from 'd3-selection';
import type { Locale } from '../../i18n/locales';
import type { ChartDrawing } from './drawing';
import { fade } from './fade';
import { palettes, type ThemeName } from './theme';

/** A step of a chart whose marks stay put: the opacity of each mark, by its data-step-key. */
export interface OpacityState {
  step: number;
  opacity: Record<string, number>;
}

/** Sets each element tagged with data-step-key (our own attribute: data-key belongs to shared joins) to the step's opacity; hidden marks also stop answering the pointer. */
function applyStepOpacities(svg: SVGSVGElement, state: OpacityState, duration: number, theme: ThemeName): void {
  const elements = select(svg).attr('data-step', state.step).selectAll<SVGElement, unknown>('[data-step-key]');
  const opacity = (node: SVGElement | undefined) => state.opacity[node?.getAttribute('data-step-key') ?? ''] ?? 1;
  elements.attr('pointer-events', (_, i, nodes) => (opacity(nodes[i]) === 0 ? 'none' : null));
  fade(elements, (el) => opacity(el), duration, palettes[theme]);
}

/**
 * The moving parts of a Plot chart whose steps only fade or stress marks drawn once: apart from the Plot drawing,
 * so that the browser's step code loads without Plot.
 */
export function opacityDrawing<D>(
  describe: (data: D, step: number, locale: Locale) => string,
  stateAt: (data: D, step: number) => OpacityState,
): ChartDrawing<D> {
  return { describe, draw: (svg, data, options) => applyStepOpacities(svg, stateAt(data, options.step), options.duration, options.theme) };
}
