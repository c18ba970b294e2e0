import type { SourceRef } from './shared/evidence';
import type { Confidence } from '../data/fields';
import type { Locale } from '../i18n/locales';
import type { Translate, UiKey } from '../i18n/ui';

export type CellValue = string | number | undefined;

/** A column of an exported table: a stable machine key, a label in the chart's language, and, when derived, its formula. */
export interface ExportColumn {
  key: string;
  label: UiKey;
  formula?: UiKey;
}

/** One mark of the chart as a row: its id, its values by column key, and its evidence. */
interface ExportRow {
  id: string;
  cells: Record<string, CellValue>;
  confidence: Confidence;
  sources: readonly string[];
}

export interface ExportContext {
  locale: Locale;
  t: Translate;
  /** Zero-based. */
  step: number;
  /** The reader's own inputs, for a chart that takes them. */
  inputs?: unknown;
}

/** How one chart's prepared data becomes a table file. */
export interface ChartDataExport<D extends { sources: SourceRef[] }> {
  columns: ExportColumn[];
  rows: (data: D, context: ExportContext) => ExportRow[];
}

/** Lets each description keep its own data type inside a map of all of them. */
export const describeExport = <D extends { sources: SourceRef[] }>(description: ChartDataExport<D>) =>
  description as unknown as ChartDataExport<{ sources: SourceRef[] }>;
