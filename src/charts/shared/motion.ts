import type { Selection } from 'd3-selection';
import 'd3-transition';

/**
 * The selection itself where there is no time to take, else a transition of that length. A named transition runs
 * beside other motion of the same elements instead of interrupting it.
 */
export function animate<E extends SVGElement, D>(
  selection: Selection<E, D, SVGElement | null, unknown>,
  duration: number,
  name?: string,
): Selection<E, D, SVGElement | null, unknown> {
  if (duration <= 0) return selection;
  return selection.transition(name).duration(duration) as unknown as Selection<E, D, SVGElement | null, unknown>;
}
