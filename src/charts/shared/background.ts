import type { Selection } from 'd3-selection';
import { layer } from './layers';
import type { Palette } from './theme';

/**
 * A D3 chart's background, a rect in a layer of its own: exported files keep their colour without the page's
 * CSS, and the class lets dark mode and a transparent embed restyle it.
 */
export function drawBackground(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  idPrefix: string,
  { width, height, palette }: { width: number; height: number; palette: Palette },
): void {
  layer(root, idPrefix, 'background')
    .selectAll('rect')
    .data([null])
    .join('rect')
    .attr('class', 'bg')
    .attr('width', width)
    .attr('height', height)
    .attr('fill', palette.background);
}
