import type { ScorecardData } from './prepare';
import { evidenceText, pointText, reasonText, verdictText } from './text';
import { describeExport } from '../csv';

/** One row per point of the essay, with the record's verdict and the facts that decide it. */
export const scorecardExport = describeExport<ScorecardData>({
  columns: [
    { key: 'point', label: 'score.column.point' },
    { key: 'verdict', label: 'score.column.verdict' },
    { key: 'reason', label: 'score.column.reason' },
    { key: 'evidence', label: 'score.column.evidence' },
  ],
  rows: (data, { locale, t }) =>
    data.points.map((point) => ({
      id: point.id,
      cells: {
        point: pointText(point, locale),
        verdict: verdictText(point, t),
        reason: reasonText(point, locale),
        evidence: evidenceText(point, locale),
      },
      confidence: point.confidence,
      sources: point.sources,
    })),
});
