import type { FleetsView } from './prepare';
import { rowIds, wankaId } from './steps';

/** The rows of data/gpu-fleets.csv that the later record adds, by id. */
export const runRowIds = {
  deepseekRun: 'deepseek-v3-run',
  deepseekFleet: 'deepseek-fleet',
  llama: 'llama-31-run',
  colossus: 'colossus-2024',
  colossusLater: 'colossus-2025',
} as const;

const shown = new Set<string>([rowIds.claim, rowIds.megascale, ...Object.values(runRowIds)]);

/** GPU counts after the essay, beside its 1,000–2,000 band and the 万卡 line: the same chart, later rows. */
export const runsView: FleetsView = {
  rows: (fleet) => shown.has(fleet.id),
  titleKey: 'runs.title',
  steps: [
    {
      id: 'runs-deepseek',
      desc: 'runs.desc.0',
      emphasis: [rowIds.claim, runRowIds.deepseekRun, runRowIds.deepseekFleet, wankaId],
      highlight: [runRowIds.deepseekRun, runRowIds.deepseekFleet],
    },
    {
      id: 'runs-us',
      desc: 'runs.desc.1',
      emphasis: [rowIds.claim, runRowIds.deepseekRun, runRowIds.llama, runRowIds.colossus, runRowIds.colossusLater, wankaId],
      highlight: [runRowIds.llama, runRowIds.colossus, runRowIds.colossusLater],
    },
    {
      id: 'runs-all',
      desc: 'runs.desc.2',
      emphasis: 'all',
      highlight: [rowIds.megascale, runRowIds.deepseekRun],
    },
  ],
};

export const runsStepCount = runsView.steps.length;
