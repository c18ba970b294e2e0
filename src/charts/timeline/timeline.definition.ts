import { defineChart } from '../definition';
import { timelineExport } from './csv';
import { chartHeight } from './draw';
import { id, stepCount, timeline, updateTimeline } from './index';
import { prepareTimeline } from './prepare';
import { timelineTable } from './table';

/** The opening's timeline: rules, products and offshore training, 2022 to 2024. */
export const timelineDefinition = defineChart({
  id,
  stepCount,
  titleKey: 'timeline.title',
  subtitleKey: 'timeline.subtitle',
  sourceKey: 'timeline.source',
  height: (width) => chartHeight(width),
  prepare: prepareTimeline,
  render: timeline,
  update: updateTimeline,
  table: timelineTable,
  csv: timelineExport,
});
