import type { UiKey } from '../../i18n/ui';
import type { Lane, PreparedEvent, TimelineData } from './prepare';
import { clampStep } from '../shared/clampStep';

export { clampStep };

/** The whole story, 2019 to the weeks after the essay, and the January close-up. */
export const fullDomain: [string, string] = ['2019-01-01', '2024-03-01'];
export const januaryDomain: [string, string] = ['2023-10-01', '2024-03-01'];

interface StepSpec {
  id: string;
  domain: [string, string];
  /** Lanes drawn at full strength; the others fade. */
  lanes: readonly Lane[] | 'all';
  /** Events that get a label, most important first: at a narrow width the last ones give way. */
  labels: readonly string[];
  note: UiKey;
  /** A shaded stretch of time the step points at. */
  band?: [string, string];
}

/** One entry per <Step> of 00-opening.mdx, in order. */
export const timelineSteps: readonly StepSpec[] = [
  {
    id: 'timeline-overview',
    domain: fullDomain,
    lanes: 'all',
    labels: ['huawei-entity-list', 'chatgpt-launch', 'tencent-start-test'],
    note: 'timeline.note.overview',
    band: ['2022-08-01', fullDomain[1]],
  },
  {
    id: 'timeline-rules',
    domain: fullDomain,
    lanes: ['rules'],
    labels: ['bis-oct-2022', 'bis-oct-2023', 'us-licence-a100-h100', 'eo-14110'],
    note: 'timeline.note.rules',
  },
  {
    id: 'timeline-answers',
    domain: fullDomain,
    lanes: ['nvidia'],
    labels: ['a800-confirmed', 'h800-reported', 'h20-reported', 'rtx-4090d'],
    note: 'timeline.note.answers',
  },
  {
    id: 'timeline-january',
    domain: januaryDomain,
    lanes: ['rules'],
    labels: ['raimondo-reuters', 'cloud-kyc-proposed'],
    note: 'timeline.note.january',
  },
];

export const timelineStepCount = timelineSteps.length;

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
  note: UiKey;
  band: [string, string] | undefined;
}


export function timelineState(data: TimelineData, requestedStep: number): TimelineState {
  const step = clampStep(requestedStep, timelineStepCount);
  const spec = timelineSteps[step]!;
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
