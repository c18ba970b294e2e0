import type { ChartDataExport } from '../charts/csv';
import type { SourceRef } from '../charts/shared/evidence';
import type { ThemeName } from '../charts/shared/theme';
import type { Locale } from '../i18n/locales';
import { figureWidths } from '../charts/widths';
import { translator } from '../i18n/ui';
import { tableToCsv } from './csv';
import { chartMetadata } from './metadata';
import { loadDefinition } from './renderers';
import { serializeSvg } from './serialize';
import { standaloneSvg } from './standalone';
import { exportTable } from './table';
import type { ExportTexts } from './texts';

/** Everything that decides an exported file: the same in the browser (what the reader sees) and in Node. */
export interface ChartExportRequest {
  chartId: string;
  /** The chart's prepared data, as the page's payload carries it. */
  data: { sources: SourceRef[] };
  locale: Locale;
  /** Zero-based. */
  step: number;
  stepCount: number;
  theme: ThemeName;
  /** "phone" draws the chart at phone width (360 px) with its words wrapped to fit: a tall image for WeChat. */
  layout: 'standard' | 'phone';
  inputs?: unknown;
  texts: ExportTexts;
  document: Document;
}

const layoutWidth = { standard: figureWidths.wide, phone: figureWidths.narrow } as const;

/** The chart as a standalone, editor-safe SVG document, serialised. */
export async function exportSvg(request: ChartExportRequest): Promise<string> {
  const { chartId, data, locale, step, theme, layout, inputs, texts, document } = request;
  const { render } = await loadDefinition(chartId);
  const chart = render(data, { width: layoutWidth[layout], locale, step, theme, document, idPrefix: chartId, inputs });
  return serializeSvg(standaloneSvg(chart, texts, { chartId, step, locale, theme }));
}

/** The chart's data as a CSV, and the JSON that describes it. */
export async function exportData(request: Omit<ChartExportRequest, 'document' | 'layout'>, csvFile: string): Promise<{ csv: string; json: string }> {
  return exportDataWith((await loadDefinition(request.chartId)).csv, request, csvFile);
}

/** exportData with the chart's CSV description at hand (its definition's `csv`). */
export function exportDataWith(
  description: ChartDataExport<{ sources: SourceRef[] }>,
  request: Omit<ChartExportRequest, 'document' | 'layout'>,
  csvFile: string,
): { csv: string; json: string } {
  const { data, locale, step, inputs } = request;
  const t = translator(locale);
  const table = exportTable(description, data, { locale, t, step, ...(inputs === undefined ? {} : { inputs }) });
  const metadata = chartMetadata({ ...request, t, table, sources: data.sources, csvFile });
  return { csv: tableToCsv(table), json: `${JSON.stringify(metadata, null, 2)}\n` };
}
