import { defineChart } from '../definition';
import { gpuFleetsExport } from './csv';
import { chartHeight, gpuFleets, id, stepCount, updateGpuFleets } from './index';
import { prepareGpuFleets } from './prepare';
import { gpuFleetsTable } from './table';

/** GPU counts: the essay's 1,000–2,000 band against holdings, orders and training runs. */
export const gpuFleetsDefinition = defineChart({
  id,
  stepCount,
  titleKey: 'fleets.title',
  subtitleKey: 'fleets.subtitle',
  sourceKey: 'fleets.source',
  height: (width) => chartHeight(width),
  prepare: prepareGpuFleets,
  render: gpuFleets,
  update: updateGpuFleets,
  table: gpuFleetsTable,
  csv: gpuFleetsExport,
});
