import type { ClassColour } from '../shared/classColours';

/** The claim's period and dashed box in the muted colour; an event dot's halo is the background, not white. */
export const classColours: readonly ClassColour[] = [
  { selectors: ['path.claim-period', 'rect.claim-box'], stroke: 'muted' },
  { selectors: ['circle.event-marker'], stroke: 'background' },
];
