import { z } from 'zod';
import { DataError } from './DataError';
import { confidence, id, optionalText, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

/** How the later record answers one of the essay's points. */
const verdicts = ['supported', 'mixed', 'undercut', 'no-evidence'] as const;
export type Verdict = (typeof verdicts)[number];

const pointSchema = z.object({
  id,
  point_en: text,
  point_zh: text,
  verdict: z.enum(verdicts, { message: `expected one of ${verdicts.join(', ')}` }),
  /** Why the verdict, in a line, where the verdict alone could mislead; shown on the face of the scorecard. */
  reason_en: optionalText,
  reason_zh: optionalText,
  evidence_en: text,
  evidence_zh: text,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type ScorecardPoint = z.output<typeof pointSchema>;

export function loadScorecard(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): ScorecardPoint[] {
  return readTable('scorecard.csv', pointSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line, ...row }) => {
    // A reason is shown in both languages or in neither.
    if ((row.reason_en === undefined) !== (row.reason_zh === undefined))
      throw new DataError('data/scorecard.csv', line, row.reason_en === undefined ? 'reason_en' : 'reason_zh', 'expected a reason in both languages or in neither');
    return row;
  });
}
