import { defineChart } from '../definition';
import { timelineExport } from './csv';
import { doorView } from './doorView';
import { chartHeight } from './draw';
import { doorId, doorStepCount, doorTimeline, updateDoorTimeline } from './index';
import { prepareTimelineView } from './prepare';
import { timelineTable } from './table';

/** 2024 to 2026 in the opening's lanes: the timeline's own code, with its view (doorView.ts). */
export const doorTimelineDefinition = defineChart({
  id: doorId,
  stepCount: doorStepCount,
  titleKey: 'door.title',
  subtitleKey: 'door.subtitle',
  sourceKey: 'door.source',
  height: (width) => chartHeight(width),
  prepare: (dataset) => prepareTimelineView(dataset, doorView),
  render: doorTimeline,
  update: updateDoorTimeline,
  table: timelineTable,
  csv: timelineExport,
});
