import { translator, type UiKey } from '../../i18n/ui';
import { d3Chart } from '../shared/d3Chart';
import { chartHeight, drawTimeline } from './draw';
import type { TimelineData } from './prepare';
import { timelineStepCount } from './state';

export const id = 'timeline';
export const stepCount = timelineStepCount;

const chart = d3Chart<TimelineData>({
  id,
  stepCount,
  titleKey: 'timeline.title',
  height: chartHeight,
  description: (_data, step, locale) => translator(locale)(`timeline.desc.${step}` as UiKey),
  draw: drawTimeline,
});

/** The chart at one step as a new SVG element: the same function at build time, in exports and in the browser. */
export const timeline = chart.render;
/** Moves an SVG drawn by timeline to another step, in place. */
export const updateTimeline = chart.update;
/** Works out a step ahead of time, while the reader is still reading, so that the move to it is quick. */
export { prepareTimelineStep as prepareTimeline } from './draw';
