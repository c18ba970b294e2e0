import type { Selection } from 'd3-selection';
import { animate } from './motion';
import type { Palette } from './theme';

/** Below this opacity a text would sink under 3:1 on the background: it takes the faded grey instead. */
const textFadeBelow = 0.6;

/**
 * Sets back context for a step. Marks take the opacity they are given; a text set back is drawn at full opacity
 * in the palette's faded grey (class "faded", which dark mode recolours), so that it keeps 3:1 on the background
 * where opacity would leave it at 1.5:1. A text at opacity 0 is hidden as before; its own colour is kept in
 * data-fill and comes back when the step brings it forward.
 */
export function fade<E extends SVGElement, D>(
  elements: Selection<E, D, SVGElement | null, unknown>,
  opacity: (element: E) => number,
  duration: number,
  palette: Palette,
): void {
  const isText = (el: Element) => el.tagName.toLowerCase() === 'text';
  const setBack = (el: E) => isText(el) && opacity(el) > 0 && opacity(el) < textFadeBelow;
  elements.each(function () {
    if (isText(this) && !this.hasAttribute('data-fill')) this.setAttribute('data-fill', this.getAttribute('fill') ?? '');
  });
  elements.filter((_, i, nodes) => isText(nodes[i] as Element)).classed('faded', (_, i, nodes) => setBack(nodes[i] as E));
  animate(elements, duration)
    .attr('opacity', (_, i, nodes) => {
      const el = nodes[i] as E;
      return setBack(el) ? 1 : opacity(el);
    })
    .attr('fill', (_, i, nodes) => {
      const el = nodes[i] as E;
      if (!isText(el)) return el.getAttribute('fill');
      return setBack(el) ? palette.faded : el.getAttribute('data-fill') || null;
    });
}
