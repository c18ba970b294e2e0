import { defineChart } from '../definition';
import { timelineExport } from './csv';
import { chartHeight, timelineDrawing } from './draw';
import { prepareTimeline } from './prepare';
import { timelineStepCount } from './steps';
import { timelineTable } from './table';

/** The opening's timeline: rules, products and offshore training, 2022 to 2024. */
export const timelineDefinition = defineChart({
  id: 'timeline',
  stepCount: timelineStepCount,
  titleKey: 'timeline.title',
  subtitleKey: 'timeline.subtitle',
  sourceKey: 'timeline.source',
  height: chartHeight,
  prepare: prepareTimeline,
  drawing: timelineDrawing,
  table: timelineTable,
  csv: timelineExport,
});
