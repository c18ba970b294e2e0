import { defineChart } from '../definition';
import { benchmarkGapExport } from './csv';
import { benchmarkGapDrawing } from './draw';
import { chartHeight } from './layout';
import { prepareBenchmarkGap } from './prepare';
import { benchmarkGapStepCount } from './state';
import { benchmarkGapTable } from './table';

/** The AI Index's US–China gap per benchmark, end-2023 against end-2024. */
export const benchmarkGapDefinition = defineChart({
  id: 'benchmark-gap',
  stepCount: benchmarkGapStepCount,
  titleKey: 'gap.title',
  subtitleKey: 'gap.subtitle',
  sourceKey: 'gap.source',
  height: chartHeight,
  prepare: prepareBenchmarkGap,
  drawing: benchmarkGapDrawing,
  table: benchmarkGapTable,
  csv: benchmarkGapExport,
});
