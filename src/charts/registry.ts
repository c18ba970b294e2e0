import type { Dataset } from '../data';
import type { UiKey } from '../i18n/ui';
import type { Locale } from '../i18n/locales';
import { chipThresholds, stepCount as chipThresholdsSteps } from './chipThresholds';
import { prepareChipThresholds, type ChipThresholdsData } from './chipThresholds/prepare';
import { chipThresholdsTable } from './chipThresholds/table';
import { trainingDaysChart, stepCount as trainingDaysSteps } from './trainingDays';
import { prepareTrainingDays, type TrainingDaysData } from './trainingDays/prepare';
import { trainingDaysTable } from './trainingDays/table';
import { doorStepCount, doorTimeline, timeline, stepCount as timelineSteps } from './timeline';
import { doorView } from './timeline/doorView';
import { prepareTimeline, prepareTimelineView, type TimelineData } from './timeline/prepare';
import { timelineTable } from './timeline/table';
import { gpuFleets, stepCount as gpuFleetsSteps } from './gpuFleets';
import { prepareFleetsView, prepareGpuFleets, type GpuFleetsData } from './gpuFleets/prepare';
import { runsStepCount, runsView } from './gpuFleets/runsView';
import { gpuFleetsTable } from './gpuFleets/table';
import { teacherStudent, stepCount as teacherStudentSteps } from './teacherStudent';
import { prepareTeacherStudent, type TeacherStudentData } from './teacherStudent/prepare';
import { teacherStudentTable } from './teacherStudent/table';
import { nvidiaSegments, stepCount as nvidiaSegmentsSteps } from './nvidiaSegments';
import { prepareNvidiaSegments, type NvidiaSegmentsData } from './nvidiaSegments/prepare';
import { nvidiaSegmentsTable } from './nvidiaSegments/table';
import { benchmarkGap, stepCount as benchmarkGapSteps } from './benchmarkGap';
import { prepareBenchmarkGap, type BenchmarkGapData } from './benchmarkGap/prepare';
import { benchmarkGapTable } from './benchmarkGap/table';
import { scorecard, stepCount as scorecardSteps } from './scorecard';
import { prepareScorecard, type ScorecardData } from './scorecard/prepare';
import { scorecardTable } from './scorecard/table';
import type { ChartOptions, DataTable } from './types';

/** What the build needs to know about a chart: how to derive its data, draw it and show it as a table. */
export interface ChartDefinition<D> {
  id: string;
  stepCount: number;
  titleKey: UiKey;
  subtitleKey: UiKey;
  sourceKey: UiKey;
  prepare: (dataset: Dataset) => D;
  render: (data: D, options: ChartOptions) => SVGSVGElement;
  table: (data: D, locale: Locale) => DataTable;
}

const chipThresholdsChart: ChartDefinition<ChipThresholdsData> = {
  id: 'chip-thresholds',
  stepCount: chipThresholdsSteps,
  titleKey: 'chip.title',
  subtitleKey: 'chip.subtitle',
  sourceKey: 'chip.source',
  prepare: prepareChipThresholds,
  render: chipThresholds,
  table: chipThresholdsTable,
};

const timelineChart: ChartDefinition<TimelineData> = {
  id: 'timeline',
  stepCount: timelineSteps,
  titleKey: 'timeline.title',
  subtitleKey: 'timeline.subtitle',
  sourceKey: 'timeline.source',
  prepare: prepareTimeline,
  render: timeline,
  table: timelineTable,
};

const gpuFleetsChart: ChartDefinition<GpuFleetsData> = {
  id: 'gpu-fleets',
  stepCount: gpuFleetsSteps,
  titleKey: 'fleets.title',
  subtitleKey: 'fleets.subtitle',
  sourceKey: 'fleets.source',
  prepare: prepareGpuFleets,
  render: gpuFleets,
  table: gpuFleetsTable,
};

const trainingDays: ChartDefinition<TrainingDaysData> = {
  id: 'training-days',
  stepCount: trainingDaysSteps,
  titleKey: 'days.title',
  subtitleKey: 'days.subtitle',
  sourceKey: 'days.source',
  prepare: prepareTrainingDays,
  render: trainingDaysChart,
  table: trainingDaysTable,
};

const teacherStudentChart: ChartDefinition<TeacherStudentData> = {
  id: 'teacher-student',
  stepCount: teacherStudentSteps,
  titleKey: 'mmlu.title',
  subtitleKey: 'mmlu.subtitle',
  sourceKey: 'mmlu.source',
  prepare: prepareTeacherStudent,
  render: teacherStudent,
  table: teacherStudentTable,
};

const nvidiaSegmentsChart: ChartDefinition<NvidiaSegmentsData> = {
  id: 'nvidia-segments',
  stepCount: nvidiaSegmentsSteps,
  titleKey: 'revenue.title',
  subtitleKey: 'revenue.subtitle',
  sourceKey: 'revenue.source',
  prepare: prepareNvidiaSegments,
  render: nvidiaSegments,
  table: nvidiaSegmentsTable,
};

const gpuRunsChart: ChartDefinition<GpuFleetsData> = {
  id: 'gpu-runs',
  stepCount: runsStepCount,
  titleKey: 'runs.title',
  subtitleKey: 'runs.subtitle',
  sourceKey: 'runs.source',
  prepare: (dataset) => prepareFleetsView(dataset, runsView),
  render: gpuFleets,
  table: gpuFleetsTable,
};

const doorTimelineChart: ChartDefinition<TimelineData> = {
  id: 'door-timeline',
  stepCount: doorStepCount,
  titleKey: 'door.title',
  subtitleKey: 'door.subtitle',
  sourceKey: 'door.source',
  prepare: (dataset) => prepareTimelineView(dataset, doorView),
  render: doorTimeline,
  table: timelineTable,
};

const benchmarkGapChart: ChartDefinition<BenchmarkGapData> = {
  id: 'benchmark-gap',
  stepCount: benchmarkGapSteps,
  titleKey: 'gap.title',
  subtitleKey: 'gap.subtitle',
  sourceKey: 'gap.source',
  prepare: prepareBenchmarkGap,
  render: benchmarkGap,
  table: benchmarkGapTable,
};

const scorecardChart: ChartDefinition<ScorecardData> = {
  id: 'scorecard',
  stepCount: scorecardSteps,
  titleKey: 'score.title',
  subtitleKey: 'score.subtitle',
  sourceKey: 'score.source',
  prepare: prepareScorecard,
  render: scorecard,
  table: scorecardTable,
};

/** Every chart, in story order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const charts: ChartDefinition<any>[] = [
  timelineChart,
  chipThresholdsChart,
  gpuFleetsChart,
  trainingDays,
  teacherStudentChart,
  nvidiaSegmentsChart,
  doorTimelineChart,
  gpuRunsChart,
  benchmarkGapChart,
  scorecardChart,
];

export function chartById(id: string): ChartDefinition<unknown> {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}"; known charts: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
