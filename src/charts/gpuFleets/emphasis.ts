import { select } from 'd3-selection';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { layer } from '../shared/layers';
import { fade } from '../shared/fade';
import type { Palette } from '../shared/theme';
import { round } from '../shared/svg';
import type { FleetsLayout } from './layout';
import type { GpuFleetsData } from './prepare';
import type { FleetsState } from './state';
import { storyValues } from './text';

/**
 * Puts a drawn chart into a step's state in place: the opacity of each row's marks and the colour of its text
 * (found by the data-row attribute that tagged() put on them), bold names for the rows the step talks about, and the note.
 */
export function applyFleetsState(
  svg: SVGSVGElement,
  data: GpuFleetsData,
  state: FleetsState,
  layout: FleetsLayout,
  { locale, t, palette, idPrefix, duration }: { locale: Locale; t: Translate; palette: Palette; idPrefix: string; duration: number },
): void {
  const root = select(svg).attr('data-step', state.step);
  // Marks fade by opacity; text fades to the palette's faded grey instead, which keeps 3:1 on the background.
  fade(root.selectAll<SVGElement, unknown>('[data-row]'), (el) => state.opacity[el.getAttribute('data-row') ?? ''] ?? 1, duration, palette);
  root.selectAll<SVGTextElement, unknown>('text.fleet-name').attr('font-weight', function () {
    return state.highlight.includes(this.getAttribute('data-row') ?? '') ? 700 : 400;
  });

  const note = layer(root, idPrefix, 'note')
    .selectAll<SVGTextElement, null>('text')
    .data([null])
    .join('text')
    .attr('class', 'fg fleets-note')
    .attr('fill', palette.text)
    .attr('font-size', layout.sizes.note)
    .attr('data-note', state.note);
  note
    .selectAll('tspan')
    .data(layout.noteLines(t(state.note, storyValues(data, locale, t))))
    .join('tspan')
    .attr('x', 12)
    .attr('y', (_, i) => round(layout.noteTop + layout.sizes.note + i * layout.sizes.noteLine))
    .text((d) => d);
}
