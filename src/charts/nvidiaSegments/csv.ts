import type { NvidiaSegmentsData } from './prepare';
import { quarterName } from './text';
import { describeExport } from '../csv';

/** One row per bar: a fiscal quarter's revenue in one segment. */
export const nvidiaSegmentsExport = describeExport<NvidiaSegmentsData>({
  columns: [
    { key: 'fiscal_quarter', label: 'revenue.column.quarter' },
    { key: 'quarter_start', label: 'export.column.quarterStart' },
    { key: 'quarter_end', label: 'revenue.column.end' },
    { key: 'segment', label: 'revenue.column.segment' },
    { key: 'revenue_usd_bn', label: 'export.column.revenueUsdBn', formula: 'methods.formula.revenue' },
  ],
  rows: (data, { t }) =>
    data.quarters.map((q) => ({
      id: q.id,
      cells: {
        fiscal_quarter: quarterName(q, t),
        quarter_start: q.start,
        quarter_end: q.end,
        segment: t(`revenue.segment.${q.segment}`),
        revenue_usd_bn: q.usdBn,
      },
      confidence: q.confidence,
      sources: q.sources,
    })),
});
