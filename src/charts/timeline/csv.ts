import type { TimelineData } from './prepare';
import { labelText } from './layout';
import { describeExport } from '../csv';

/** One row per event on the timeline. */
export const timelineExport = describeExport<TimelineData>({
  columns: [
    { key: 'date', label: 'timeline.column.date' },
    { key: 'date_precision', label: 'export.column.precision' },
    { key: 'lane', label: 'timeline.column.lane' },
    { key: 'event', label: 'timeline.column.event' },
  ],
  rows: (data, { locale, t }) =>
    data.events.map((event) => ({
      id: event.id,
      cells: {
        date: event.date,
        date_precision: t(`export.precision.${event.precision}`),
        lane: t(data.laneNames[event.lane]),
        event: labelText(event, locale),
      },
      confidence: event.confidence,
      sources: event.sources,
    })),
});
