// What every chart's moving parts are, whichever of the two ways it draws (docs/architecture.md, "Two ways to
// draw"). D3 charts join keyed marks on an empty root; Plot charts draw every mark once at build time (the
// definition's `plot`) and their drawing only sets each mark's emphasis. Either way, one idempotent `draw` puts an
// SVG into a step's state: render calls it with no motion, update on the page's SVG with a transition.
import type { Locale } from '../../i18n/locales';
import { readerInputsOf, rememberReaderInputs } from './readerInputs';
import type { ThemeName } from './theme';

/** What every chart function takes besides its data. */
export interface ChartOptions {
  /** Width in CSS pixels; the height follows from it unless given. */
  width: number;
  /**
   * A height to lay the drawing out to, in CSS pixels, for a screen too short for the one that follows from the
   * width (phones held sideways: src/charts/widths.ts, `shortDrawing`). Rows and scales take it, not a squeeze.
   */
  height?: number | undefined;
  locale: Locale;
  /** Zero-based scroll step; out-of-range values are clamped. */
  step: number;
  /** The palette to draw in, light by default; an update draws in the one it is given, whatever the SVG was drawn in. */
  theme?: ThemeName;
  /** The document to create elements with: a jsdom one in Node, the page's in the browser. */
  document: Document;
  /** Prefix for element ids, unique per SVG on a page. */
  idPrefix?: string;
  /** What the reader set beyond the step, for a chart that takes it (the calculator's run). */
  inputs?: unknown;
}

export interface DrawOptions<I = never> {
  width: number;
  /** The height asked for, if any; each chart's own height for the width otherwise. */
  height?: number | undefined;
  locale: Locale;
  /** Already within the chart's steps. */
  step: number;
  theme: ThemeName;
  idPrefix: string;
  /** Milliseconds for the move between states; 0 draws the state at once. */
  duration: number;
  /** What the reader set beyond the step (the calculator's run); most charts take none. */
  inputs?: I | undefined;
}

/** How the page moves a drawn SVG: its width, language and step, with the id prefix it was drawn with. */
export type UpdateOptions = Omit<ChartOptions, 'document'> & { duration: number };

/** A chart's moving parts: the only code the browser loads for a step change. */
export interface ChartDrawing<D, I = never> {
  /** The SVG's <desc> at a step: what the step shows, in words. */
  describe(data: D, step: number, locale: Locale, inputs?: I): string;
  /** Puts an SVG into the step's state, idempotently. */
  draw(svg: SVGSVGElement, data: D, options: DrawOptions<I>): void;
  /** Where a step has costly sums, works them out ahead, in idle time, so that the step itself is quick. */
  prepareStep?(data: D, options: { width: number; height?: number | undefined; locale: Locale; step: number }): void;
}

/** The options a drawing sees, from those the page or the build gave. */
export function drawOptions<I>(options: UpdateOptions & { idPrefix: string }, inputs: I | undefined): DrawOptions<I> {
  return {
    width: options.width,
    height: options.height,
    locale: options.locale,
    step: options.step,
    theme: options.theme ?? 'light',
    idPrefix: options.idPrefix,
    duration: options.duration,
    inputs,
  };
}

/**
 * Moves an SVG to another step, in place: its <desc>, then its marks. The reader's own inputs, when given, are
 * kept on the SVG, so that a later step change (and the export of what the reader sees) keeps them.
 */
export function updateDrawing<D, I>(drawing: ChartDrawing<D, I>, svg: SVGSVGElement, data: D, options: UpdateOptions & { idPrefix: string }): void {
  if (options.inputs !== undefined) rememberReaderInputs(svg, options.inputs);
  const draw = drawOptions(options, (options.inputs ?? readerInputsOf(svg)) as I | undefined);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = drawing.describe(data, draw.step, draw.locale, draw.inputs);
  drawing.draw(svg, data, draw);
}
