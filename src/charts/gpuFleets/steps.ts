import type { UiKey } from '../../i18n/ui';

/** The rows the story names, by their ids in data/gpu-fleets.csv. */
export const rowIds = {
  claim: 'essay-per-firm-claim',
  ft: 'ft-a800-2023',
  gpt4: 'gpt-4-run',
  meta: 'meta-h100-2024',
  megascale: 'megascale-run',
} as const;

/** Id of the 万卡 reference line among the chart's elements. */
export const wankaId = 'wanka';

export interface FleetsStepSpec {
  id: string;
  /** The step's <desc>, filled with the chart's story values. */
  desc: UiKey;
  /** Rows (and the 万卡 line) at full strength; 'all' shows everything. */
  emphasis: readonly string[] | 'all';
  /** Rows whose names are set in bold. */
  highlight: readonly string[];
  /** What a reader of the chart alone needs beyond the card; none where the card says it all. */
  note?: UiKey;
}

/** One entry per gpu-fleets <Step> of 02-cloud-loophole.mdx, in order. */
export const fleetsSteps: readonly FleetsStepSpec[] = [
  { id: 'fleets-claim', desc: 'fleets.desc.0', emphasis: [rowIds.claim, wankaId], highlight: [rowIds.claim] },
  {
    id: 'fleets-ft',
    desc: 'fleets.desc.1',
    emphasis: [rowIds.claim, rowIds.ft, rowIds.gpt4, wankaId],
    highlight: [rowIds.ft, rowIds.gpt4],
    note: 'fleets.note.ft',
  },
  { id: 'fleets-frontier', desc: 'fleets.desc.2', emphasis: 'all', highlight: [rowIds.meta, rowIds.megascale] },
];

export const fleetsStepCount = fleetsSteps.length;
