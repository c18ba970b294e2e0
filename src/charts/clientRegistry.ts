import type { Locale } from '../i18n/locales';
import type { TimelineData } from './timeline/prepare';
import type { ChartOptions } from './types';

export interface ChartUpdater {
  (svg: SVGSVGElement, data: unknown, options: Omit<ChartOptions, 'document'> & { duration: number }): void;
  /** Where a chart has costly sums for a step, works them out ahead, in idle time, so the step itself is quick. */
  prepare?: (data: unknown, options: { width: number; locale: Locale; step: number }) => void;
}

/** Browser side: each chart's update function, loaded only when a page holds that chart. */
export const chartUpdaters: Record<string, () => Promise<ChartUpdater>> = {
  timeline: async () => {
    const { updateTimeline, prepareTimeline } = await import('./timeline');
    const update: ChartUpdater = (svg, data, options) => updateTimeline(svg, data as TimelineData, options);
    update.prepare = (data, options) => prepareTimeline(data as TimelineData, options);
    return update;
  },
  'door-timeline': async () => {
    const { updateDoorTimeline, prepareTimeline } = await import('./timeline');
    const update: ChartUpdater = (svg, data, options) => updateDoorTimeline(svg, data as TimelineData, options);
    update.prepare = (data, options) => prepareTimeline(data as TimelineData, options);
    return update;
  },
  'gpu-fleets': async () => (await import('./gpuFleets/update')).updateGpuFleets as ChartUpdater,
  'gpu-runs': async () => (await import('./gpuFleets/update')).updateGpuFleets as ChartUpdater,
  'chip-thresholds': async () => (await import('./chipThresholds')).updateChipThresholds as ChartUpdater,
  'teacher-student': async () => (await import('./teacherStudent/update')).updateTeacherStudent as ChartUpdater,
  'nvidia-segments': async () => (await import('./nvidiaSegments/update')).updateNvidiaSegments as ChartUpdater,
  'benchmark-gap': async () => (await import('./benchmarkGap')).updateBenchmarkGap as ChartUpdater,
  scorecard: async () => (await import('./scorecard')).updateScorecard as ChartUpdater,
  'training-days': async () => (await import('./trainingDays')).updateTrainingDays as ChartUpdater,
};
