import type { Selection } from 'd3-selection';

/** A named group that holds one kind of mark; found again on every update, created on the first. */
export function layer(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  idPrefix: string,
  name: string,
): Selection<SVGGElement, null, SVGSVGElement, unknown> {
  return root
    .selectAll<SVGGElement, null>(`g[data-layer="${name}"]`)
    .data([null])
    .join('g')
    .attr('data-layer', name)
    .attr('id', `${idPrefix}-${name}`);
}
