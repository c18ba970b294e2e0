import { defineChart } from '../definition';
import { gpuFleetsExport } from './csv';
import { chartHeight } from './layout';
import { plotGpuFleets } from './plot';
import { prepareGpuFleets } from './prepare';
import { fleetsStepCount } from './steps';
import { gpuFleetsTable } from './table';
import { fleetsDrawing } from './update';

/** GPU counts: the essay's 1,000–2,000 band against holdings, orders and training runs. */
export const gpuFleetsDefinition = defineChart({
  id: 'gpu-fleets',
  stepCount: fleetsStepCount,
  titleKey: 'fleets.title',
  subtitleKey: 'fleets.subtitle',
  sourceKey: 'fleets.source',
  height: chartHeight,
  prepare: prepareGpuFleets,
  plot: plotGpuFleets,
  drawing: fleetsDrawing,
  table: gpuFleetsTable,
  csv: gpuFleetsExport,
});
