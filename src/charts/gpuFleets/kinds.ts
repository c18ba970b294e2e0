import type { PreparedFleet } from './prepare';

/**
 * Each kind of count its own shape, so that a run is compared with runs and a fleet with fleets: the essay's
 * per-firm figure is GPUs held, a square, like the fleets and clusters. Plot's symbol names.
 */
export const kindSymbol: Record<PreparedFleet['kind'], 'circle' | 'square' | 'diamond' | 'triangle'> = {
  run: 'circle',
  fleet: 'square',
  order: 'diamond',
  target: 'triangle',
};
