import type { timelineLanes } from '../../data/constants';
import type { UiKey } from '../../i18n/ui';

type Lane = (typeof timelineLanes)[number];

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
  /** What a reader of the chart alone needs beyond the card; none where the card says it all. */
  note?: UiKey;
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
  },
];

export const timelineStepCount = timelineSteps.length;
