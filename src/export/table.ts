import type { SourceRef } from '../charts/shared/evidence';
import type { Translate } from '../i18n/ui';
import type { CellValue, ChartDataExport, ExportColumn, ExportContext } from '../charts/csv';

/** The columns every table file ends with: a mark's id first, its evidence last. */
const idColumn: ExportColumn = { key: 'id', label: 'export.column.id' };
const evidenceColumns: ExportColumn[] = [
  { key: 'confidence', label: 'figure.confidence' },
  { key: 'sources', label: 'figure.sources' },
  { key: 'source_urls', label: 'export.column.sourceUrls' },
];

interface ResolvedColumn extends ExportColumn {
  /** The label in the chart's language. */
  text: string;
}

export interface ExportTable {
  columns: ResolvedColumn[];
  rows: string[][];
}

/** Numbers as a spreadsheet reads them: a dot for decimals, no grouping, six significant digits at most. */
function cellText(value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  return value;
}

/** A chart's data as rows of text, one per mark, with its confidence and sources. */
export function exportTable(
  description: ChartDataExport<{ sources: SourceRef[] }>,
  data: { sources: SourceRef[] },
  context: ExportContext,
): ExportTable {
  const t: Translate = context.t;
  const columns = [idColumn, ...description.columns, ...evidenceColumns].map((column) => ({ ...column, text: t(column.label) }));
  const urlOf = (id: string) => data.sources.find((s) => s.id === id)?.url ?? '';
  const rows = description.rows(data, context).map((row) => {
    const values: Record<string, CellValue> = {
      ...row.cells,
      id: row.id,
      confidence: t(`confidence.${row.confidence}`),
      sources: row.sources.join(' '),
      source_urls: row.sources.map(urlOf).filter(Boolean).join(' '),
    };
    return columns.map((column) => cellText(values[column.key]));
  });
  return { columns, rows };
}
