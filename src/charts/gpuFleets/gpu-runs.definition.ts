import { defineChart } from '../definition';
import { gpuFleetsExport } from './csv';
import { chartHeight } from './layout';
import { plotGpuFleets } from './plot';
import { prepareFleetsView } from './prepare';
import { runsStepCount, runsView } from './runsView';
import { gpuFleetsTable } from './table';
import { fleetsDrawing } from './update';

/** GPU counts after the essay: the GPU-count chart's own code, with its view (runsView.ts). */
export const gpuRunsDefinition = defineChart({
  id: 'gpu-runs',
  stepCount: runsStepCount,
  titleKey: 'runs.title',
  subtitleKey: 'runs.subtitle',
  sourceKey: 'runs.source',
  height: chartHeight,
  prepare: (dataset) => prepareFleetsView(dataset, runsView),
  plot: plotGpuFleets,
  drawing: fleetsDrawing,
  table: gpuFleetsTable,
  csv: gpuFleetsExport,
});
