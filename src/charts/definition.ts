import type { Dataset } from '../data';
import { languageTag, type Locale } from '../i18n/locales';
import { translator, type UiKey } from '../i18n/ui';
import type { ChartDataExport } from './csv';
import { clampStep } from './shared/clampStep';
import { drawOptions, updateDrawing, type ChartDrawing, type ChartOptions, type DrawOptions, type UpdateOptions } from './shared/drawing';
import type { SourceRef } from './shared/evidence';
import { createChartRoot } from './shared/svg';
import type { DataTable } from './types';

/** What a chart's `plot` gets to draw every mark once: the step's options, and the root's own. */
export type PlotOptions<I = never> = DrawOptions<I> & { document: Document; height: number; title: string; description: string; lang: string };

/** A figure the prose quotes, by the id of its row or step: `<Value of="days:days-gpt4-wanka">`. */
type ChartValue<D> = (data: D, rowId: string, locale: Locale) => string;

/**
 * One chart, written once: its id, steps, texts and height, where its data comes from and how it draws. Its single
 * file is `src/charts/<folder>/<id>.definition.ts`; the browser loads its moving parts (its `drawing`) from
 * `browser/<id>.update.ts`, which the loaders find by file name.
 */
interface ChartBasics<D> {
  /** The chart's public id: its embed and file addresses, its figure's data-chart, its MDX `chart` attribute. */
  id: string;
  stepCount: number;
  titleKey: UiKey;
  subtitleKey: UiKey;
  sourceKey: UiKey;
  /**
   * The drawing's height in CSS pixels at a width and step, without drawing it: the height render gives the SVG
   * (tests/unit/chartDefinitions.test.ts holds them to it).
   */
  height(width: number, step: number): number;
  /** The chart's data, derived at build time from the dataset; the page's payload carries it to the browser. */
  prepare(dataset: Dataset): D;
  /** The table under the figure. */
  table(data: D, locale: Locale): DataTable;
}

export interface ChartSpec<D extends { sources: SourceRef[] }, I = never> extends ChartBasics<D> {
  /** Plot charts only: every mark drawn once, as a new SVG, which the drawing then puts into a step's state. */
  plot?(data: D, options: PlotOptions<I>): SVGSVGElement;
  drawing: ChartDrawing<D, I>;
  /** The CSV file's columns and rows. */
  csv: ChartDataExport<D>;
  /** The figures of this chart that the prose quotes, by kind (src/story/values.ts asks every chart). */
  values?: Record<string, ChartValue<D>>;
}

/** What the pages, embeds, snippets, exports and the manifest read of a chart, from the list in `./registry.ts`. */
export interface ChartDefinition<D = unknown> extends ChartBasics<D> {
  /** The chart at one step as a new SVG element: the same code at build time, in exports and in the browser. */
  render(data: D, options: ChartOptions): SVGSVGElement;
  /** Moves an SVG drawn by render to another step, in place. */
  update(svg: SVGSVGElement, data: D, options: UpdateOptions): void;
  csv: ChartDataExport<{ sources: SourceRef[] }>;
  values: Record<string, ChartValue<D>>;
}

/** A chart's definition from its spec: render and update made from its drawing, steps kept within its range. */
export function defineChart<D extends { sources: SourceRef[] }, I = never>(spec: ChartSpec<D, I>): ChartDefinition {
  const { plot, drawing, values = {}, csv, ...rest } = spec;
  const settle = (options: UpdateOptions) => ({ ...options, step: clampStep(options.step, spec.stepCount), idPrefix: options.idPrefix ?? spec.id });
  const definition: ChartDefinition<D> = {
    ...rest,
    values,
    csv: csv as ChartDataExport<{ sources: SourceRef[] }>,
    render(data, options) {
      const draw = drawOptions(settle({ ...options, duration: 0 }), options.inputs as I | undefined);
      const root = {
        document: options.document,
        height: draw.height ?? spec.height(draw.width, draw.step),
        title: translator(draw.locale)(spec.titleKey),
        description: drawing.describe(data, draw.step, draw.locale, draw.inputs),
        lang: languageTag[draw.locale],
      };
      const svg = plot ? plot(data, { ...draw, ...root }) : createChartRoot(options.document, { ...draw, ...root });
      drawing.draw(svg, data, draw);
      return svg;
    },
    update(svg, data, options) {
      updateDrawing(drawing, svg, data, settle(options));
    },
  };
  return definition as unknown as ChartDefinition;
}
