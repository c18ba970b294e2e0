import { benchmarkGapDefinition } from './benchmarkGap/benchmark-gap.definition';
import { chipThresholdsDefinition } from './chipThresholds/chip-thresholds.definition';
import type { ChartDefinition } from './definition';
import { gpuFleetsDefinition } from './gpuFleets/gpu-fleets.definition';
import { gpuRunsDefinition } from './gpuFleets/gpu-runs.definition';
import { nvidiaSegmentsDefinition } from './nvidiaSegments/nvidia-segments.definition';
import { scorecardDefinition } from './scorecard/scorecard.definition';
import { teacherStudentDefinition } from './teacherStudent/mmlu-scores.definition';
import { doorTimelineDefinition } from './timeline/door-timeline.definition';
import { timelineDefinition } from './timeline/timeline.definition';
import { trainingDaysDefinition } from './trainingDays/training-days.definition';

export type { ChartDefinition } from './definition';

/**
 * Every chart, in story order: the one list of definitions that the pages, embeds, snippets, exports, the command
 * line and /charts/index.json read. Adding a chart adds its definition here (docs/adding-a-chart.md).
 */
export const charts: readonly ChartDefinition[] = [
  timelineDefinition,
  chipThresholdsDefinition,
  gpuFleetsDefinition,
  trainingDaysDefinition,
  teacherStudentDefinition,
  nvidiaSegmentsDefinition,
  doorTimelineDefinition,
  gpuRunsDefinition,
  benchmarkGapDefinition,
  scorecardDefinition,
];

export function chartById(id: string): ChartDefinition {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}"; known charts: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
