import { defineChart } from '../definition';
import { trainingDaysExport } from './csv';
import { chartHeight, id, stepCount, trainingDaysChart, updateTrainingDays } from './index';
import { prepareTrainingDays } from './prepare';
import { trainingDaysTable } from './table';

/** The calculator: days to train a model on a chip; its reader controls are in controls/ and browser/. */
export const trainingDaysDefinition = defineChart({
  id,
  stepCount,
  titleKey: 'days.title',
  subtitleKey: 'days.subtitle',
  sourceKey: 'days.source',
  height: (width) => chartHeight(width),
  prepare: prepareTrainingDays,
  render: trainingDaysChart,
  update: updateTrainingDays,
  table: trainingDaysTable,
  csv: trainingDaysExport,
});
