import { formatNumber } from '../shared/format';
import { defineChart } from '../definition';
import { trainingDaysExport } from './csv';
import { chartHeight, trainingDaysDrawing } from './draw';
import { roundDays } from './format';
import { prepareTrainingDays } from './prepare';
import { daysFor, trainingDaysPresets, trainingDaysStepCount } from './state';
import { trainingDaysTable } from './table';

/** The calculator: days to train a model on a chip; its reader controls are in controls/ and browser/. */
export const trainingDaysDefinition = defineChart({
  id: 'training-days',
  stepCount: trainingDaysStepCount,
  titleKey: 'days.title',
  subtitleKey: 'days.subtitle',
  sourceKey: 'days.source',
  height: chartHeight,
  prepare: prepareTrainingDays,
  drawing: trainingDaysDrawing,
  table: trainingDaysTable,
  csv: trainingDaysExport,
  values: {
    /** `days:<step id>`: the days a step's run takes, with the inputs and arithmetic the chart draws. */
    days(data, stepId, locale) {
      const preset = trainingDaysPresets.find((p) => p.stepId === stepId);
      if (!preset) throw new Error(`no training-days step "${stepId}" (${trainingDaysPresets.map((p) => p.stepId).join(', ')})`);
      // Rounded as the chart rounds its big number, so the two read the same (1,110, not 1,113).
      return formatNumber(locale, roundDays(daysFor(data, preset.inputs)), 1);
    },
  },
});
