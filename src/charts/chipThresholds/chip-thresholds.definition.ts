// The chip chart's definition: its drawing and steps come from the folder's index, and it carries its CSV description.
import { describeExport } from '../csv';
import { defineChart } from '../definition';
import { chartHeight } from './draw';
import { chipThresholds, id, stepCount, updateChipThresholds } from './index';
import { prepareChipThresholds, type ChipThresholdsData } from './prepare';
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
  id,
  stepCount,
  titleKey: 'chip.title',
  subtitleKey: 'chip.subtitle',
  sourceKey: 'chip.source',
  height: (width) => chartHeight(width),
  prepare: prepareChipThresholds,
  render: chipThresholds,
  update: updateChipThresholds,
  table: chipThresholdsTable,
  csv: chipThresholdsExport,
});
