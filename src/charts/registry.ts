import type { Dataset } from '../data';
import type { UiKey } from '../i18n/ui';
import type { Locale } from '../i18n/locales';
import { chipThresholds, stepCount as chipThresholdsSteps } from './chipThresholds';
import { prepareChipThresholds, type ChipThresholdsData } from './chipThresholds/prepare';
import { chipThresholdsTable } from './chipThresholds/table';
import { trainingDaysChart, stepCount as trainingDaysSteps } from './trainingDays';
import { prepareTrainingDays, type TrainingDaysData } from './trainingDays/prepare';
import { trainingDaysTable } from './trainingDays/table';
import type { ChartOptions, DataTable } from './types';

/** What the build needs to know about a chart: how to derive its data, draw it and show it as a table. */
export interface ChartDefinition<D> {
  id: string;
  stepCount: number;
  titleKey: UiKey;
  subtitleKey: UiKey;
  sourceKey: UiKey;
  prepare: (dataset: Dataset) => D;
  render: (data: D, options: ChartOptions) => SVGSVGElement;
  table: (data: D, locale: Locale) => DataTable;
}

const chipThresholdsChart: ChartDefinition<ChipThresholdsData> = {
  id: 'chip-thresholds',
  stepCount: chipThresholdsSteps,
  titleKey: 'chip.title',
  subtitleKey: 'chip.subtitle',
  sourceKey: 'chip.source',
  prepare: prepareChipThresholds,
  render: chipThresholds,
  table: chipThresholdsTable,
};

const trainingDays: ChartDefinition<TrainingDaysData> = {
  id: 'training-days',
  stepCount: trainingDaysSteps,
  titleKey: 'days.title',
  subtitleKey: 'days.subtitle',
  sourceKey: 'days.source',
  prepare: prepareTrainingDays,
  render: trainingDaysChart,
  table: trainingDaysTable,
};

/** Every chart, in story order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const charts: ChartDefinition<any>[] = [chipThresholdsChart, trainingDays];

export function chartById(id: string): ChartDefinition<unknown> {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}"; known charts: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
