import type { Selection } from 'd3-selection';
import 'd3-transition';

export function animate<E extends SVGElement, D>(
  selection: Selection<E, D, SVGElement | null, unknown>,
  duration: number,
): Selection<E, D, SVGElement | null, unknown> {
  if (duration <= 0) return selection;
  return selection.transition().duration(duration) as unknown as Selection<E, D, SVGElement | null, unknown>;
}
