import type { ChartDefinition } from '../charts/definition';
import type { SourceRef } from '../charts/shared/evidence';
import type { ThemeName } from '../charts/shared/theme';
import type { Locale } from '../i18n/locales';
import { figureWidths } from '../charts/widths';
import { translator } from '../i18n/ui';
import { tableToCsv } from './csv';
import { chartMetadata } from './metadata';
import { serializeSvg } from './serialize';
import { smallMultiplesSvg } from './smallMultiples';
import { standaloneSvg } from './standalone';
import { exportTable } from './table';
import type { ExportTexts } from './texts';

/** Everything that decides an exported file: the same in the browser (what the reader sees) and in Node. */
export interface ChartExportRequest {
  /**
   * The chart's definition, looked up once by whoever asks for the file: the registry in Node, the chart's own
   * chunk in the browser. Its id and step count come with it.
   */
  chart: ChartDefinition;
  /** The chart's prepared data, as the page's payload carries it. */
  data: { sources: SourceRef[] };
  locale: Locale;
  /** Zero-based. */
  step: number;
  theme: ThemeName;
  /**
   * "phone" draws the chart at phone width (360 px) with its words wrapped to fit: a tall image for WeChat. "steps"
   * draws every step at phone width, side by side (./smallMultiples.ts).
   */
  layout: 'standard' | 'phone' | 'steps';
  inputs?: unknown;
  texts: ExportTexts;
  document: Document;
}

const layoutWidth = { standard: figureWidths.wide, phone: figureWidths.narrow, steps: figureWidths.narrow } as const;

/** The chart as a standalone, editor-safe SVG document, serialised. */
export function exportSvg(request: ChartExportRequest): string {
  const { chart, data, locale, step, theme, layout, inputs, texts, document } = request;
  const svg =
    layout === 'steps'
      ? smallMultiplesSvg(request)
      : chart.render(data, { width: layoutWidth[layout], locale, step, theme, document, idPrefix: chart.id, inputs });
  return serializeSvg(standaloneSvg(svg, texts, { chartId: chart.id, step, locale, theme }));
}

/** The chart's data as a CSV, and the JSON that describes it. */
export function exportData(request: Omit<ChartExportRequest, 'document' | 'layout'>, csvFile: string): { csv: string; json: string } {
  const { chart, data, locale, step, inputs } = request;
  const t = translator(locale);
  const table = exportTable(chart.csv, data, { locale, t, step, ...(inputs === undefined ? {} : { inputs }) });
  const metadata = chartMetadata({
    ...request,
    chartId: chart.id,
    stepCount: chart.stepCount,
    t,
    table,
    sources: data.sources,
    csvFile,
  });
  return { csv: tableToCsv(table), json: `${JSON.stringify(metadata, null, 2)}\n` };
}
