import { defineChart } from '../definition';
import { benchmarkGapExport } from './csv';
import { benchmarkGap, id, stepCount, updateBenchmarkGap } from './index';
import { chartHeight } from './layout';
import { prepareBenchmarkGap } from './prepare';
import { benchmarkGapTable } from './table';

/** The AI Index's US–China gap per benchmark, end-2023 against end-2024. */
export const benchmarkGapDefinition = defineChart({
  id,
  stepCount,
  titleKey: 'gap.title',
  subtitleKey: 'gap.subtitle',
  sourceKey: 'gap.source',
  height: (width) => chartHeight(width),
  prepare: prepareBenchmarkGap,
  render: benchmarkGap,
  update: updateBenchmarkGap,
  table: benchmarkGapTable,
  csv: benchmarkGapExport,
});
