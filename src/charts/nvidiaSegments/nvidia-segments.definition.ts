import { defineChart } from '../definition';
import { nvidiaSegmentsExport } from './csv';
import { chartHeight, id, nvidiaSegments, stepCount, updateNvidiaSegments } from './index';
import { prepareNvidiaSegments } from './prepare';
import { nvidiaSegmentsTable } from './table';

/** Nvidia's revenue by segment, quarter by quarter. */
export const nvidiaSegmentsDefinition = defineChart({
  id,
  stepCount,
  titleKey: 'revenue.title',
  subtitleKey: 'revenue.subtitle',
  sourceKey: 'revenue.source',
  height: (width) => chartHeight(width),
  prepare: prepareNvidiaSegments,
  render: nvidiaSegments,
  update: updateNvidiaSegments,
  table: nvidiaSegmentsTable,
  csv: nvidiaSegmentsExport,
});
