import { z } from 'zod';
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
  evidence_en: text,
  evidence_zh: text,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type ScorecardPoint = z.output<typeof pointSchema>;

export function loadScorecard(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): ScorecardPoint[] {
  return readTable('scorecard.csv', pointSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line: _line, ...row }) => row);
}
