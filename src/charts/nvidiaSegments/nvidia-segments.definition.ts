import { defineChart } from '../definition';
import { nvidiaSegmentsExport } from './csv';
import { drawNvidiaSegments } from './draw';
import { chartHeight } from './layout';
import { prepareNvidiaSegments } from './prepare';
import { nvidiaSegmentsStepCount } from './state';
import { nvidiaSegmentsTable } from './table';
import { nvidiaSegmentsDrawing } from './update';

/** Nvidia's revenue by segment, quarter by quarter. */
export const nvidiaSegmentsDefinition = defineChart({
  id: 'nvidia-segments',
  stepCount: nvidiaSegmentsStepCount,
  titleKey: 'revenue.title',
  subtitleKey: 'revenue.subtitle',
  sourceKey: 'revenue.source',
  height: chartHeight,
  prepare: prepareNvidiaSegments,
  plot: drawNvidiaSegments,
  drawing: nvidiaSegmentsDrawing,
  table: nvidiaSegmentsTable,
  csv: nvidiaSegmentsExport,
});
