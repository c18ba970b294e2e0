import type { UiKey } from '../../i18n/ui';
import type { Lane, PreparedEvent, TimelineData } from './prepare';
import { clampStep } from '../shared/clampStep';

export { clampStep };

/** The whole story, 2019 to the weeks after the essay, and the January close-up. */
export const fullDomain: [string, string] = ['2019-01-01', '2024-03-01'];
const januaryDomain: [string, string] = ['2023-10-01', '2024-03-01'];

export interface TimelineStepSpec {
  id: string;
  /** The step's <desc>: what the chart shows, for a reader who cannot see it. */
  desc: UiKey;
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
export const timelineSteps: readonly TimelineStepSpec[] = [
  {
    id: 'timeline-overview',
    desc: 'timeline.desc.0',
    domain: fullDomain,
    lanes: 'all',
    labels: ['huawei-entity-list', 'chatgpt-launch', 'tencent-start-test'],
    note: 'timeline.note.overview',
    band: ['2022-08-01', fullDomain[1]],
  },
  {
    id: 'timeline-rules',
    desc: 'timeline.desc.1',
    domain: fullDomain,
    lanes: ['rules'],
    labels: ['bis-oct-2022', 'bis-oct-2023', 'us-licence-a100-h100', 'eo-14110'],
    note: 'timeline.note.rules',
  },
  {
    id: 'timeline-answers',
    desc: 'timeline.desc.2',
    domain: fullDomain,
    lanes: ['nvidia'],
    labels: ['a800-confirmed', 'h800-reported', 'h20-reported', 'rtx-4090d'],
    note: 'timeline.note.answers',
  },
  {
    id: 'timeline-january',
    desc: 'timeline.desc.3',
    domain: januaryDomain,
    lanes: ['rules'],
    labels: ['raimondo-reuters', 'cloud-kyc-proposed'],
    note: 'timeline.note.january',
  },
];

export const timelineStepCount = timelineSteps.length;

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
  note: UiKey;
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
