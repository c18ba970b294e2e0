import { modelName } from './describe';
import type { TrainingDaysData } from './prepare';
import { lastStep, trainingDaysPresets, trainingDaysState, type TrainingDaysInputs } from './state';
import { describeExport } from '../csv';

/** One row per run the chart draws through the story; the last is the reader's own when they set one. */
export const trainingDaysExport = describeExport<TrainingDaysData>({
  columns: [
    { key: 'step', label: 'export.column.step' },
    { key: 'run', label: 'export.column.run' },
    { key: 'model', label: 'days.controls.model' },
    { key: 'chip', label: 'days.controls.chip' },
    { key: 'gpus', label: 'days.controls.gpus' },
    { key: 'utilisation', label: 'export.column.utilisation' },
    { key: 'training_compute_flop', label: 'export.column.computeFlop', formula: 'methods.formula.compute' },
    { key: 'peak_tflops', label: 'export.column.peakTflops' },
    { key: 'days', label: 'export.column.days', formula: 'methods.formula.days' },
  ],
  rows: (data, { locale, t, inputs }) =>
    trainingDaysPresets.map((_, step) => {
      const state = trainingDaysState(data, step, step === lastStep ? (inputs as Partial<TrainingDaysInputs> | undefined) : undefined);
      const run = state.custom ? 'export.run.reader' : step === lastStep ? 'export.run.default' : 'export.run.story';
      return {
        id: state.custom ? 'reader-run' : `step-${step + 1}`,
        cells: {
          step: step + 1,
          run: t(run),
          model: modelName(state.model, locale),
          chip: state.chip.name,
          gpus: state.inputs.gpus,
          utilisation: state.inputs.utilisation,
          training_compute_flop: state.model.computeFlop,
          peak_tflops: state.chip.peakTflops,
          days: state.days,
        },
        confidence: state.uncertain ? 'estimate' : 'computed',
        sources: [...new Set([...state.model.sources, ...state.chip.sources])],
      };
    }),
});
