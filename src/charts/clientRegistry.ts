import type { ChartOptions } from './types';

export type ChartUpdater = (svg: SVGSVGElement, data: unknown, options: Omit<ChartOptions, 'document'> & { duration: number }) => void;

/** Browser side: each chart's update function, loaded only when a page holds that chart. */
export const chartUpdaters: Record<string, () => Promise<ChartUpdater>> = {
  timeline: async () => (await import('./timeline')).updateTimeline as ChartUpdater,
  'gpu-fleets': async () => (await import('./gpuFleets/update')).updateGpuFleets as ChartUpdater,
  'chip-thresholds': async () => (await import('./chipThresholds')).updateChipThresholds as ChartUpdater,
  'teacher-student': async () => (await import('./teacherStudent/update')).updateTeacherStudent as ChartUpdater,
  'nvidia-segments': async () => (await import('./nvidiaSegments/update')).updateNvidiaSegments as ChartUpdater,
  'training-days': async () => (await import('./trainingDays')).updateTrainingDays as ChartUpdater,
};
