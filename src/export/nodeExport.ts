import { JSDOM } from 'jsdom';
import { chartById } from '../charts/registry';
import type { ThemeName } from '../charts/shared/theme';
import { dataset } from '../data';
import type { Locale } from '../i18n/locales';
import { exportData, exportSvg, type ChartExportRequest } from './exportChart';
import { exportFileName, type FileFormat } from './paths';
import { svgToPng, type PngOptions } from './png';
import { exportTexts, storyUrl } from './texts';

export interface NodeExportOptions {
  chartId: string;
  locale: Locale;
  /** Zero-based; the last step when left out. */
  step?: number;
  theme?: ThemeName;
  layout?: ChartExportRequest['layout'];
  /** The site's address and base path, for the story URL printed on the chart. */
  site: string | URL;
  base?: string;
  png?: PngOptions;
  /** The name of the table file the JSON describes. */
  csvFile?: string;
}

/** A chart's export request in Node: its definition from the registry, the data from the data files, a fresh jsdom document, the last step by default. */
export function nodeExportRequest({
  chartId,
  locale,
  step,
  theme = 'light',
  layout = 'standard',
  site,
  base = '/',
}: NodeExportOptions): ChartExportRequest {
  const chart = chartById(chartId);
  return {
    chart,
    data: chart.prepare(dataset()) as ChartExportRequest['data'],
    locale,
    step: step ?? chart.stepCount - 1,
    theme,
    layout,
    texts: exportTexts(chart, locale, storyUrl(site, base, locale, chartId)),
    document: new JSDOM('<!doctype html><html><body></body></html>').window.document,
  };
}

/** One chart's file of one format, as bytes or text. */
export async function nodeExportFile(options: NodeExportOptions, format: FileFormat): Promise<string | Buffer> {
  const request = nodeExportRequest(options);
  if (format === 'svg') return exportSvg(request);
  if (format === 'png') return svgToPng(exportSvg(request), request.locale, options.png);
  const { csv, json } = exportData(request, options.csvFile ?? exportFileName(request.chart.id, request.locale, 'csv', { step: request.step }));
  return format === 'csv' ? csv : json;
}
