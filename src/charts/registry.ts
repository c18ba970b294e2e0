import type { Dataset } from '../data';
import type { UiKey } from '../i18n/ui';
import type { Locale } from '../i18n/locales';
import { chipThresholds, stepCount as chipThresholdsSteps } from './chipThresholds';
import { prepareChipThresholds, type ChipThresholdsData } from './chipThresholds/prepare';
import { chipThresholdsTable } from './chipThresholds/table';
import { trainingDaysChart, stepCount as trainingDaysSteps } from './trainingDays';
import { prepareTrainingDays, type TrainingDaysData } from './trainingDays/prepare';
import { trainingDaysTable } from './trainingDays/table';
import { timeline, stepCount as timelineSteps } from './timeline';
import { prepareTimeline, type TimelineData } from './timeline/prepare';
import { timelineTable } from './timeline/table';
import { gpuFleets, stepCount as gpuFleetsSteps } from './gpuFleets';
import { prepareGpuFleets, type GpuFleetsData } from './gpuFleets/prepare';
import { gpuFleetsTable } from './gpuFleets/table';
import { teacherStudent, stepCount as teacherStudentSteps } from './teacherStudent';
import { prepareTeacherStudent, type TeacherStudentData } from './teacherStudent/prepare';
import { teacherStudentTable } from './teacherStudent/table';
import { nvidiaSegments, stepCount as nvidiaSegmentsSteps } from './nvidiaSegments';
import { prepareNvidiaSegments, type NvidiaSegmentsData } from './nvidiaSegments/prepare';
import { nvidiaSegmentsTable } from './nvidiaSegments/table';
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

/** Every chart, in story order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const charts: ChartDefinition<any>[] = [timelineChart, chipThresholdsChart, gpuFleetsChart, trainingDays, teacherStudentChart, nvidiaSegmentsChart];

export function chartById(id: string): ChartDefinition<unknown> {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}"; known charts: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
