import type { Selection } from 'd3-selection';
import { animate } from './motion';
import type { Palette } from './theme';

/** Below this opacity a text would sink under 3:1 on the background: it takes the faded grey instead. */
const textFadeBelow = 0.6;

/**
 * Sets back context for a step: the one way every chart does it. How far is the chart's to say, as an opacity per
 * mark in its step's state (where its faded marks must keep a contrast, its tests hold it). Marks take the opacity
 * they are given, and so does a group of marks, with its text (a chart fades a group only where its text keeps 3:1
 * so). A text set back on its own is drawn at full opacity in the palette's faded grey (class "faded", which dark
 * mode recolours), so that it keeps 3:1 on the background where opacity would leave it at 1.5:1. A text at opacity 0
 * is hidden as before; its own colour is kept in data-fill and comes back when the step brings it forward. The
 * change runs beside any other motion of the same elements.
 */
export function fade<E extends SVGElement, D>(
  elements: Selection<E, D, SVGElement | null, unknown>,
  opacity: (element: E, datum: D) => number,
  duration: number,
  palette: Palette,
): void {
  const isText = (el: Element) => el.tagName.toLowerCase() === 'text';
  const opacities = new Map<E, number>();
  elements.each(function (d) {
    opacities.set(this, opacity(this, d));
    if (isText(this) && !this.hasAttribute('data-fill')) this.setAttribute('data-fill', this.getAttribute('fill') ?? '');
  });
  const opacityOf = (el: E) => opacities.get(el) ?? 1;
  const setBack = (el: E) => isText(el) && opacityOf(el) > 0 && opacityOf(el) < textFadeBelow;
  // A text drawn in its class's colour has no fill of its own to fade from, and would snap to grey: it starts from the
  // colour it shows (all read before any is written, so the browser works out styles once).
  if (duration > 0) {
    const classColoured = [...opacities.keys()].filter((el) => setBack(el) && !el.hasAttribute('fill'));
    const shown = classColoured.map((el) => getComputedStyle(el).fill);
    classColoured.forEach((el, i) => {
      if (shown[i]) el.setAttribute('fill', shown[i]);
    });
  }
  elements.filter((_, i, nodes) => isText(nodes[i] as Element)).classed('faded', (_, i, nodes) => setBack(nodes[i] as E));
  animate(elements, duration, 'fade')
    .attr('opacity', (_, i, nodes) => {
      const el = nodes[i] as E;
      return setBack(el) ? 1 : opacityOf(el);
    })
    .attr('fill', (_, i, nodes) => {
      const el = nodes[i] as E;
      if (!isText(el)) return el.getAttribute('fill');
      return setBack(el) ? palette.faded : el.getAttribute('data-fill') || null;
    });
}
