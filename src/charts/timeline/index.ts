import { translator, type UiKey } from '../../i18n/ui';
import { d3Chart } from '../shared/d3Chart';
import { chartHeight, drawTimeline } from './draw';
import { doorView } from './doorView';
import type { TimelineData } from './prepare';
import { timelineStepCount } from './state';

export const id = 'timeline';
export const stepCount = timelineStepCount;

/** A timeline chart: the same drawing for every one, its steps carried by its data. */
function timelineChart(chartId: string, titleKey: UiKey, steps: number) {
  return d3Chart<TimelineData>({
    id: chartId,
    stepCount: steps,
    titleKey,
    height: chartHeight,
    description: (data, step, locale) => translator(locale)(data.steps[step]!.desc),
    draw: drawTimeline,
  });
}

const opening = timelineChart(id, 'timeline.title', stepCount);

/** The chart at one step as a new SVG element: the same function at build time, in exports and in the browser. */
export const timeline = opening.render;
/** Moves an SVG drawn by timeline to another step, in place. */
export const updateTimeline = opening.update;
/** Works out a step ahead of time, while the reader is still reading, so that the move to it is quick. */
export { prepareTimelineStep as prepareTimeline } from './draw';

export const doorId = 'door-timeline';
export const doorStepCount = doorView.steps.length;
const door = timelineChart(doorId, 'door.title', doorStepCount);

/** 2024 to 2026 in the opening's lanes, for the section on what happened next. */
export const doorTimeline = door.render;
export const updateDoorTimeline = door.update;
