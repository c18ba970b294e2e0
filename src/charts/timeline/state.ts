import type { UiKey } from '../../i18n/ui';
import type { Lane, PreparedEvent, TimelineData } from './prepare';
import { clampStep } from '../shared/clampStep';

/**
 * Lanes outside a step's focus stay in sight behind it, their names keeping 3:1 on the page in both themes; their
 * events fade further, to a trace.
 */
export const fadedLaneOpacity = 0.55;
export const fadedEventOpacity = 0.25;

export interface EventState {
  event: PreparedEvent;
  emphasised: boolean;
  /** Inside the time window of the step; events outside it slide off and hide. */
  inDomain: boolean;
}

export interface TimelineState {
  step: number;
  stepId: string;
  domain: [string, string];
  emphasisedLanes: Lane[];
  events: EventState[];
  /** Ids of the events to label, in priority order; the layout may drop the last ones when space runs out. */
  labels: string[];
  note: UiKey | undefined;
  band: [string, string] | undefined;
}

/** A step's state; the steps come with the data, so that one drawing code serves every timeline. */
export function timelineState(data: TimelineData, requestedStep: number): TimelineState {
  const step = clampStep(requestedStep, data.steps.length);
  const spec = data.steps[step]!;
  const emphasisedLanes = spec.lanes === 'all' ? [...data.lanes] : [...spec.lanes];
  const [from, to] = spec.domain;
  const events = data.events.map((event) => ({
    event,
    emphasised: emphasisedLanes.includes(event.lane),
    // Overlapping the window is enough: a month-dated event that starts before it still shows.
    inDomain: event.end > from && event.date < to,
  }));
  const known = new Set(events.filter((e) => e.inDomain).map((e) => e.event.id));
  return {
    step,
    stepId: spec.id,
    domain: spec.domain,
    emphasisedLanes,
    events,
    labels: spec.labels.filter((id) => known.has(id)),
    note: spec.note,
    band: spec.band,
  };
}
