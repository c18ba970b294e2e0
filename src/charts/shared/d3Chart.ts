// Drawing pattern 1 of 2 (docs/architecture.md, "Two ways to draw"): D3 joins, for charts whose marks move
// between steps. One idempotent draw(svg, data, options) keys its marks and joins them; render calls it on a
// new root with no motion, update on the page's SVG with a transition. Timeline, chip thresholds, calculator,
// benchmark gap and scorecard draw this way. Charts whose steps only re-emphasise marks use Plot (./plot.ts).
import { languageTag, type Locale } from '../../i18n/locales';
import { translator, type UiKey } from '../../i18n/ui';
import type { ChartOptions } from '../types';
import type { ThemeName } from './theme';
import { clampStep } from './clampStep';
import { createChartRoot } from './svg';

export interface DrawOptions {
  width: number;
  locale: Locale;
  step: number;
  theme: ThemeName;
  idPrefix: string;
  /** Milliseconds for the move between states; 0 draws the state at once. */
  duration: number;
}

export type UpdateOptions = Omit<ChartOptions, 'document'> & { duration: number };

/**
 * The render and update pair of a chart drawn by one idempotent D3 function: render makes the root and draws
 * the step at once; update redraws an existing root's step in place, with motion, and keeps its <desc> true.
 * `I` is what a reader can set beyond the step (the calculator's inputs); most charts take none.
 */
export function d3Chart<D, I = never>(spec: {
  id: string;
  stepCount: number;
  titleKey: UiKey;
  height: (width: number) => number;
  description: (data: D, step: number, locale: Locale, inputs?: I) => string;
  draw: (svg: SVGSVGElement, data: D, options: DrawOptions, inputs?: I) => unknown;
}) {
  const drawOptions = (options: Omit<ChartOptions, 'document'>, duration: number): DrawOptions => ({
    width: options.width,
    locale: options.locale,
    step: clampStep(options.step, spec.stepCount),
    theme: options.theme ?? 'light',
    idPrefix: options.idPrefix ?? spec.id,
    duration,
  });
  return {
    render(data: D, options: ChartOptions, inputs?: I): SVGSVGElement {
      const draw = drawOptions(options, 0);
      const svg = createChartRoot(options.document, {
        width: draw.width,
        height: spec.height(draw.width),
        title: translator(draw.locale)(spec.titleKey),
        description: spec.description(data, draw.step, draw.locale, inputs),
        idPrefix: draw.idPrefix,
        lang: languageTag[draw.locale],
      });
      spec.draw(svg, data, draw, inputs);
      return svg;
    },
    update(svg: SVGSVGElement, data: D, options: UpdateOptions, inputs?: I): void {
      const draw = drawOptions(options, options.duration);
      const desc = svg.querySelector('desc');
      if (desc) desc.textContent = spec.description(data, draw.step, draw.locale, inputs);
      spec.draw(svg, data, draw, inputs);
    },
  };
}
