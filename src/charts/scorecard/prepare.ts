import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import type { Verdict } from '../../data/scorecard';
import { sourcesUsed, type SourceRef } from '../shared/evidence';
import { checkScorecardSteps } from './state';

export interface PreparedPoint {
  id: string;
  point_en: string;
  point_zh: string;
  verdict: Verdict;
  /** Why the verdict, shown under the point where the verdict alone could mislead. */
  reason_en?: string;
  reason_zh?: string;
  evidence_en: string;
  evidence_zh: string;
  /** The weakest label among the facts that decide the verdict. */
  confidence: Confidence;
  sources: string[];
}

/** What the chart needs, derived once at build time and shipped to the browser as JSON. */
export interface ScorecardData {
  /** In the order of data/scorecard.csv, which follows the essay's argument. */
  points: PreparedPoint[];
  sources: SourceRef[];
}

export function prepareScorecard({ scorecard, sources }: Pick<Dataset, 'scorecard' | 'sources'>): ScorecardData {
  const points = scorecard.map((row): PreparedPoint => ({
    id: row.id,
    point_en: row.point_en,
    point_zh: row.point_zh,
    verdict: row.verdict,
    ...(row.reason_en === undefined ? {} : { reason_en: row.reason_en }),
    ...(row.reason_zh === undefined ? {} : { reason_zh: row.reason_zh }),
    evidence_en: row.evidence_en,
    evidence_zh: row.evidence_zh,
    confidence: row.confidence,
    sources: row.source,
  }));
  const data = {
    points,
    sources: sourcesUsed(
      sources,
      points.flatMap((p) => p.sources),
    ),
  };
  checkScorecardSteps(data.points);
  return data;
}
