import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import { sourcesUsed, type SourceRef } from '../shared/evidence';

/** One measurement of the gap: a benchmark at a date, in points of the US lead. */
export interface GapPoint {
  id: string;
  at: string;
  points: number;
  confidence: Confidence;
  sources: string[];
}

/** A benchmark's gap at its first and last measurement: one row of the chart. */
export interface GapRow {
  benchmark: string;
  from: GapPoint;
  to: GapPoint;
}

export interface BenchmarkGapData {
  /** In the order of data/benchmark-gaps.csv. */
  rows: GapRow[];
  sources: SourceRef[];
}

export function prepareBenchmarkGap({ benchmarkGaps, sources }: Pick<Dataset, 'benchmarkGaps' | 'sources'>): BenchmarkGapData {
  const names = [...new Set(benchmarkGaps.map((g) => g.benchmark))];
  const rows = names.map((benchmark): GapRow => {
    const points = benchmarkGaps
      .filter((g) => g.benchmark === benchmark)
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((g): GapPoint => ({ id: g.id, at: g.at, points: g.gap_points, confidence: g.confidence, sources: g.source }));
    if (points.length < 2)
      throw new Error(`benchmark-gap: ${benchmark} needs two dated rows in data/benchmark-gaps.csv to show a change; it has ${points.length}`);
    return { benchmark, from: points[0]!, to: points.at(-1)! };
  });
  return {
    rows,
    sources: sourcesUsed(
      sources,
      benchmarkGaps.flatMap((g) => g.source),
    ),
  };
}
