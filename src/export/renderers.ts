import type { ChartOptions } from '../charts/types';

/** A chart's drawing function; `inputs` are the reader's own, which only the calculator takes. */
export type ExportRender = (data: unknown, options: ChartOptions, inputs?: unknown) => SVGSVGElement;

/**
 * The same chart functions the page is built with, loaded on demand so that a page's download button brings
 * in only the chart it exports. Node (build, command line) and the browser both draw through this map.
 */
export const exportRenderers: Record<string, () => Promise<ExportRender>> = {
  timeline: async () => (await import('../charts/timeline')).timeline as ExportRender,
  'chip-thresholds': async () => (await import('../charts/chipThresholds')).chipThresholds as ExportRender,
  'gpu-fleets': async () => (await import('../charts/gpuFleets')).gpuFleets as ExportRender,
  'training-days': async () => (await import('../charts/trainingDays')).trainingDaysChart as ExportRender,
  'teacher-student': async () => (await import('../charts/teacherStudent')).teacherStudent as ExportRender,
  'nvidia-segments': async () => (await import('../charts/nvidiaSegments')).nvidiaSegments as ExportRender,
  'door-timeline': async () => (await import('../charts/timeline')).doorTimeline as ExportRender,
  'gpu-runs': async () => (await import('../charts/gpuFleets')).gpuFleets as ExportRender,
  'benchmark-gap': async () => (await import('../charts/benchmarkGap')).benchmarkGap as ExportRender,
  scorecard: async () => (await import('../charts/scorecard')).scorecard as ExportRender,
};
