import type { Dataset } from '../data';
import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/ui';
import type { ChartDataExport } from './csv';
import type { UpdateOptions } from './shared/d3Chart';
import type { SourceRef } from './shared/evidence';
import type { ChartOptions, DataTable } from './types';

/**
 * Everything the site knows about one chart, exported by a single file in the chart's folder
 * (`src/charts/<folder>/<id>.definition.ts`). Pages, embeds, snippets, exports and the manifest read these
 * definitions from the list in `src/charts/registry.ts`; the browser loads a chart's moving parts from its
 * `browser/<id>.update.ts`, which the loaders find by file name.
 */
export interface ChartDefinition<D = unknown> {
  /** The chart's public id: its embed and file addresses, its figure's data-chart, its MDX `chart` attribute. */
  id: string;
  stepCount: number;
  titleKey: UiKey;
  subtitleKey: UiKey;
  sourceKey: UiKey;
  /**
   * The drawing's height in CSS pixels at a width and step, without drawing it: the same function the render
   * sets the SVG's height with (tests/unit/chartDefinitions.test.ts holds them to it).
   */
  height(width: number, step: number): number;
  /** The chart's data, derived at build time from the dataset; the page's payload carries it to the browser. */
  prepare(dataset: Dataset): D;
  /** The chart at one step as a new SVG element; `inputs` are the reader's own, which only the calculator takes. */
  render(data: D, options: ChartOptions, inputs?: unknown): SVGSVGElement;
  /** Moves an SVG drawn by render to another step, in place (the browser's moving parts). */
  update(svg: SVGSVGElement, data: D, options: UpdateOptions): void;
  /** The table under the figure. */
  table(data: D, locale: Locale): DataTable;
  /** The CSV file's columns and rows. */
  csv: ChartDataExport<{ sources: SourceRef[] }>;
}

/** Checks a definition against its own data type, then files it with the others. */
export const defineChart = <D extends { sources: SourceRef[] }>(definition: ChartDefinition<D>) => definition as unknown as ChartDefinition;
