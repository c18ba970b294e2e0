import { describeExport } from '../csv';
import { defineChart } from '../definition';
import { chipThresholdsDrawing } from './draw';
import { chartHeight } from './layout';
import { prepareChipThresholds, type ChipThresholdsData } from './prepare';
import { chipThresholdsStepCount } from './state';
import { chipThresholdsTable } from './table';

/** One row per chip: the inputs the rules test, and where each rule puts it. */
const chipThresholdsExport = describeExport<ChipThresholdsData>({
  columns: [
    { key: 'chip', label: 'chip.column.chip' },
    { key: 'tpp', label: 'chip.column.tpp', formula: 'methods.formula.tpp' },
    { key: 'interconnect_gbps', label: 'chip.column.interconnect' },
    { key: 'density', label: 'chip.column.density', formula: 'methods.formula.density' },
    { key: 'rule_2022', label: 'chip.column.rule2022' },
    { key: 'rule_2023', label: 'chip.column.rule2023' },
  ],
  rows: (data, { t }) =>
    data.chips.map((chip) => ({
      id: chip.id,
      cells: {
        chip: chip.name,
        tpp: chip.tpp,
        interconnect_gbps: chip.interconnectGbps,
        density: chip.density,
        rule_2022: t(`chip.status.${chip.status2022}`),
        rule_2023: t(`chip.status.${chip.status2023}`),
      },
      confidence: chip.confidence,
      sources: chip.sources,
    })),
});

/** Chips against the 2022 and 2023 export rules. */
export const chipThresholdsDefinition = defineChart({
  id: 'chip-thresholds',
  stepCount: chipThresholdsStepCount,
  titleKey: 'chip.title',
  subtitleKey: 'chip.subtitle',
  sourceKey: 'chip.source',
  height: chartHeight,
  prepare: prepareChipThresholds,
  drawing: chipThresholdsDrawing,
  table: chipThresholdsTable,
  csv: chipThresholdsExport,
});
