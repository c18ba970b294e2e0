import type { Selection } from 'd3-selection';
import type { Palette } from './theme';

/**
 * Sets a label over a stroke in the background colour, painted under its glyphs, so that a line it must sit on
 * breaks around the text instead of striking it. The class lets the dark theme recolour the stroke.
 */
export function halo<E extends SVGTextElement, D>(text: Selection<E, D, null | Element, unknown>, palette: Palette): void {
  text
    .classed('halo', true)
    .attr('stroke', palette.background)
    .attr('stroke-width', 3)
    .attr('stroke-linejoin', 'round')
    .attr('paint-order', 'stroke');
}
