import { defineChart } from '../definition';
import { timelineExport } from './csv';
import { doorView } from './doorView';
import { chartHeight, timelineDrawing } from './draw';
import { prepareTimelineView } from './prepare';
import { timelineTable } from './table';

/** 2024 to 2026 in the opening's lanes: the timeline's own code, with its view (doorView.ts). */
export const doorTimelineDefinition = defineChart({
  id: 'door-timeline',
  stepCount: doorView.steps.length,
  titleKey: 'door.title',
  subtitleKey: 'door.subtitle',
  sourceKey: 'door.source',
  height: chartHeight,
  prepare: (dataset) => prepareTimelineView(dataset, doorView),
  drawing: timelineDrawing,
  table: timelineTable,
  csv: timelineExport,
});
