import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import { timelineLanes } from '../../data/constants';
import type { TimelineEvent } from '../../data/events';
import type { UiKey } from '../../i18n/ui';
import { sourcesUsed, type SourceRef } from '../shared/evidence';
import { fullDomain, timelineSteps, type TimelineStepSpec } from './steps';

export type Lane = (typeof timelineLanes)[number];

export interface PreparedEvent {
  id: string;
  /** First day of the period the event is dated to (ISO). */
  date: string;
  /** First day after that period (ISO): the next day, month or year, so a month-dated event spans its month. */
  end: string;
  precision: TimelineEvent['precision'];
  lane: Lane;
  label_en: string;
  label_zh: string;
  confidence: Confidence;
  sources: string[];
}

/** What the chart needs, derived once at build time and shipped to the browser as JSON. */
export interface TimelineData {
  lanes: Lane[];
  /** Each lane's name, as the UI string to show. */
  laneNames: Record<Lane, UiKey>;
  events: PreparedEvent[];
  sources: SourceRef[];
  /** The chart's scroll steps, in order. */
  steps: readonly TimelineStepSpec[];
}

/** What sets one timeline apart from another drawn by the same code: its stretch of time, steps and lane names. */
export interface TimelineView {
  /** Events that overlap [from, to) are kept. */
  period: [string, string];
  steps: readonly TimelineStepSpec[];
  laneNames: Record<Lane, UiKey>;
}

/** The opening: 2019 to the weeks after the essay. */
const openingView: TimelineView = {
  period: ['2019-01-01', fullDomain[1]],
  steps: timelineSteps,
  laneNames: { rules: 'timeline.lane.rules', nvidia: 'timeline.lane.nvidia', models: 'timeline.lane.models', firms: 'timeline.lane.firms' },
};

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The exclusive end of the period an event's date stands for, so precision can be drawn as length. */
export function periodEnd(date: string, precision: TimelineEvent['precision']): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return iso(new Date(Date.UTC(year + 1, 0, 1)));
  if (precision === 'month') return iso(new Date(Date.UTC(year, month, 1)));
  return iso(new Date(Date.UTC(year, month - 1, day + 1)));
}

export function prepareTimeline(dataset: Pick<Dataset, 'events' | 'sources'>): TimelineData {
  return prepareTimelineView(dataset, openingView);
}

export function prepareTimelineView({ events, sources }: Pick<Dataset, 'events' | 'sources'>, view: TimelineView): TimelineData {
  const [from, to] = view.period;
  const prepared = [...events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((event): PreparedEvent => {
      // A month- or year-dated event is stored as its first day; the period starts there.
      const [year, month = '01'] = event.date.split('-');
      const date = event.precision === 'year' ? `${year}-01-01` : event.precision === 'month' ? `${year}-${month}-01` : event.date;
      return {
        id: event.id,
        date,
        end: periodEnd(date, event.precision),
        precision: event.precision,
        lane: event.lane,
        label_en: event.label_en,
        label_zh: event.label_zh,
        confidence: event.confidence,
        sources: event.source,
      };
    })
    .filter((event) => event.end > from && event.date < to);
  return {
    lanes: [...timelineLanes],
    laneNames: view.laneNames,
    steps: view.steps,
    events: prepared,
    sources: sourcesUsed(
      sources,
      prepared.flatMap((event) => event.sources),
    ),
  };
}
