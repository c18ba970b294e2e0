import type { GpuFleetsData } from './prepare';
import { holderName } from './text';
import { describeExport } from '../csv';

/** One row per holding, order or training run, largest first as drawn. */
export const gpuFleetsExport = describeExport<GpuFleetsData>({
  columns: [
    { key: 'holder', label: 'fleets.column.holder' },
    { key: 'chip', label: 'fleets.column.chip' },
    { key: 'gpus_low', label: 'export.column.gpusLow' },
    { key: 'gpus_high', label: 'export.column.gpusHigh' },
    { key: 'firms', label: 'export.column.firms' },
    { key: 'per_firm_average', label: 'fleets.column.average', formula: 'methods.formula.perFirm' },
    { key: 'date', label: 'fleets.column.date' },
  ],
  rows: (data, { locale }) =>
    data.fleets.map((fleet) => ({
      id: fleet.id,
      cells: {
        holder: holderName(fleet, locale),
        chip: fleet.chip,
        gpus_low: fleet.low,
        gpus_high: fleet.high,
        firms: fleet.firms,
        per_firm_average: fleet.average,
        date: fleet.date,
      },
      confidence: fleet.confidence,
      sources: fleet.sources,
    })),
});
