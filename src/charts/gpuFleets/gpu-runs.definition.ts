import { defineChart } from '../definition';
import { gpuFleetsExport } from './csv';
import { chartHeight, gpuFleets, updateGpuFleets } from './index';
import { prepareFleetsView } from './prepare';
import { runsStepCount, runsView } from './runsView';
import { gpuFleetsTable } from './table';

/** GPU counts after the essay: the GPU-count chart's own code, with its view (runsView.ts). */
export const gpuRunsDefinition = defineChart({
  id: 'gpu-runs',
  stepCount: runsStepCount,
  titleKey: 'runs.title',
  subtitleKey: 'runs.subtitle',
  sourceKey: 'runs.source',
  height: (width) => chartHeight(width),
  prepare: (dataset) => prepareFleetsView(dataset, runsView),
  render: gpuFleets,
  update: updateGpuFleets,
  table: gpuFleetsTable,
  csv: gpuFleetsExport,
});
