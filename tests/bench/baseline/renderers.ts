// The same chart functions the build calls, gathered for the browser: the baseline draws each of them on load.
import { benchmarkGap, id as benchmarkGapId } from '../../../src/charts/benchmarkGap';
import { chipThresholds, id as chipThresholdsId } from '../../../src/charts/chipThresholds';
import { gpuFleets, id as gpuFleetsId } from '../../../src/charts/gpuFleets';
import { nvidiaSegments, id as nvidiaSegmentsId } from '../../../src/charts/nvidiaSegments';
import { teacherStudent, id as teacherStudentId } from '../../../src/charts/teacherStudent';
import { scorecard, id as scorecardId } from '../../../src/charts/scorecard';
import { doorId, doorTimeline, timeline, id as timelineId } from '../../../src/charts/timeline';
import { trainingDaysChart, id as trainingDaysId } from '../../../src/charts/trainingDays';
import type { ChartOptions } from '../../../src/charts/types';

export type ChartRenderer = (data: never, options: ChartOptions) => SVGSVGElement;

export const renderers: Record<string, ChartRenderer> = {
  [timelineId]: timeline,
  [chipThresholdsId]: chipThresholds,
  [gpuFleetsId]: gpuFleets,
  [trainingDaysId]: trainingDaysChart,
  [teacherStudentId]: teacherStudent,
  [nvidiaSegmentsId]: nvidiaSegments,
  [doorId]: doorTimeline,
  // The later GPU counts are the same chart as gpu-fleets, over their own rows and steps.
  'gpu-runs': gpuFleets,
  [benchmarkGapId]: benchmarkGap,
  [scorecardId]: scorecard,
};
