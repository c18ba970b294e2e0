import type { BenchmarkGapData } from './prepare';
import { describeExport } from '../csv';

/** One row per measurement of the gap: the benchmark, its date and the US lead in points. */
export const benchmarkGapExport = describeExport<BenchmarkGapData>({
  columns: [
    { key: 'benchmark', label: 'gap.column.benchmark' },
    { key: 'date', label: 'gap.column.date' },
    { key: 'us_lead_points', label: 'gap.column.points' },
  ],
  rows: (data) =>
    data.rows.flatMap((row) =>
      [row.from, row.to].map((point) => ({
        id: point.id,
        cells: { benchmark: row.benchmark, date: point.at, us_lead_points: point.points },
        confidence: point.confidence,
        sources: point.sources,
      })),
    ),
});
