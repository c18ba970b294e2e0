import type { NvidiaSegmentsData } from './prepare';
import { clampStep } from '../shared/clampStep';

/** How strongly an element is drawn at a step: the step's subject, earlier context, or not shown. */
type Emphasis = 'focus' | 'faint' | 'hidden';
const opacityOf: Record<Emphasis, number> = { focus: 1, faint: 0.3, hidden: 0 };

type EventId = NvidiaSegmentsData['events'][number]['id'];

interface StepSpec {
  id: string;
  /** Fiscal years whose bars the step is about; the others are drawn faint. */
  years: readonly number[];
  events: Readonly<Record<string, Emphasis>>;
  slump: boolean;
  peak: boolean;
  claim: boolean;
}

/** The chart's steps, in story order (04-gaming-gpus.mdx). Scales never change; only emphasis and annotations do. */
export const nvidiaSegmentsSteps: readonly StepSpec[] = [
  {
    id: 'revenue-gaming-era',
    years: [2021, 2022],
    events: { 'stadia-launch': 'focus', 'nvidia-tencent-start': 'focus' },
    slump: false,
    peak: false,
    claim: false,
  },
  {
    id: 'revenue-slump',
    years: [2023],
    events: { 'stadia-launch': 'faint', 'nvidia-tencent-start': 'faint', 'stadia-close': 'focus' },
    slump: true,
    peak: false,
    claim: false,
  },
  {
    id: 'revenue-ai-boom',
    years: [2024],
    // The cloud-gaming events leave: their rows are reused, which keeps the plot tall on phones.
    events: { 'chatgpt-launch': 'focus', 'bis-oct-2023': 'focus', 'rtx-4090d': 'focus' },
    slump: false,
    peak: true,
    claim: true,
  },
];

export const nvidiaSegmentsStepCount = nvidiaSegmentsSteps.length;

/** Keys by which the drawing tags its elements; the state and the drawing must agree on them. */
export const keys = {
  bar: (id: string) => `bar-${id}`,
  fiscalYear: (year: number) => `fy-${year}`,
  event: (id: EventId) => `event-${id}`,
  eventLabel: (id: EventId) => `event-label-${id}`,
  slump: 'slump',
  peak: 'peak',
  claim: 'claim',
} as const;

export interface NvidiaSegmentsState {
  step: number;
  stepId: string;
  /** Opacity of every element the chart tags with data-step-key. */
  opacity: Record<string, number>;
}

export function nvidiaSegmentsState(data: NvidiaSegmentsData, requestedStep: number): NvidiaSegmentsState {
  const step = clampStep(requestedStep, nvidiaSegmentsStepCount);
  const spec = nvidiaSegmentsSteps[step]!;
  const opacity: Record<string, number> = {};
  const yearEmphasis = (year: number): Emphasis => (spec.years.includes(year) ? 'focus' : 'faint');
  for (const q of data.quarters) opacity[keys.bar(q.id)] = opacityOf[yearEmphasis(q.fiscalYear)];
  for (const fy of data.fiscalYears) opacity[keys.fiscalYear(fy.fiscalYear)] = opacityOf[yearEmphasis(fy.fiscalYear)];
  for (const event of data.events) {
    const value = opacityOf[spec.events[event.id] ?? 'hidden'];
    opacity[keys.event(event.id)] = value;
    opacity[keys.eventLabel(event.id)] = value;
  }
  opacity[keys.slump] = spec.slump ? 1 : 0;
  opacity[keys.peak] = spec.peak ? 1 : 0;
  opacity[keys.claim] = spec.claim ? 1 : 0;
  return { step, stepId: spec.id, opacity };
}
