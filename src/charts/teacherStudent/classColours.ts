import type { ClassColour } from '../shared/classColours';

/** The gap between teacher and student in the text colour; the random-guess rule a muted hairline. */
export const classColours: readonly ClassColour[] = [
  { selectors: ['.line-gap'], stroke: 'text', fill: 'none' },
  { selectors: ['line.random-guess'], stroke: 'muted' },
];
