import type { ClassColour } from '../shared/classColours';

/** The shaded stretch in the grid colour, so that the grey marks on it keep 3:1 as in the light theme. */
export const classColours: readonly ClassColour[] = [{ selectors: ['.period-band'], fill: 'grid' }];
