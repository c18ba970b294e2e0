import { benchmarkGapExport } from './benchmarkGap';
import { chipThresholdsExport } from './chipThresholds';
import { gpuFleetsExport } from './gpuFleets';
import { nvidiaSegmentsExport } from './nvidiaSegments';
import { teacherStudentExport } from './teacherStudent';
import { scorecardExport } from './scorecard';
import { timelineExport } from './timeline';
import { trainingDaysExport } from './trainingDays';
import type { ChartDataExport } from './types';
import type { SourceRef } from '../../charts/shared/evidence';

/** Each chart's table file, by chart id. */
export const dataExports: Record<string, ChartDataExport<{ sources: SourceRef[] }>> = {
  timeline: timelineExport,
  'chip-thresholds': chipThresholdsExport,
  'gpu-fleets': gpuFleetsExport,
  'training-days': trainingDaysExport,
  'teacher-student': teacherStudentExport,
  'nvidia-segments': nvidiaSegmentsExport,
  'door-timeline': timelineExport,
  'gpu-runs': gpuFleetsExport,
  'benchmark-gap': benchmarkGapExport,
  scorecard: scorecardExport,
};

export function dataExport(chartId: string): ChartDataExport<{ sources: SourceRef[] }> {
  const description = dataExports[chartId];
  if (!description) throw new Error(`No table export for chart "${chartId}"`);
  return description;
}
