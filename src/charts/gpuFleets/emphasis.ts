import { select } from 'd3-selection';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { layer } from '../shared/layers';
import { drawStepNote, stepNoteText } from '../shared/stepNote';
import { fade } from '../shared/fade';
import type { Palette } from '../shared/theme';
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

  drawStepNote(layer(root, idPrefix, 'note'), {
    noteKey: state.note,
    lines: layout.noteLines(stepNoteText(t, state.note, storyValues(data, locale, t))),
    className: 'fg fleets-note',
    color: palette.text,
    x: 12,
    top: layout.noteTop,
    size: layout.sizes.note,
    lineHeight: layout.sizes.noteLine,
  });
}
