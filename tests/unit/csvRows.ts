import { csvParseRows } from 'd3-dsv';
import { exportData } from '../../src/export/exportChart';
import { nodeExportRequest } from '../../src/export/nodeExport';
import type { Locale } from '../../src/i18n/locales';

/** The rows of a chart's downloadable CSV, as a reader's spreadsheet reads them (the header left out). */
export function csvRows(chartId: string, locale: Locale = 'en'): string[][] {
  const { csv } = exportData(nodeExportRequest({ chartId, locale, site: 'https://charts.example.org' }), `${chartId}.csv`);
  return csvParseRows(csv.replace(/^\uFEFF/, '')).slice(1);
}
