import type { Selection } from 'd3-selection';
import type { Translate, UiKey } from '../../i18n/ui';
import { round } from './svg';

/**
 * A step's note, or nothing: the step's card speaks for the step, so a note is kept only for what a reader of the
 * chart alone needs to read its marks right (a reading key, a caveat on the data).
 */
export function stepNoteText(t: Translate, note: UiKey | undefined, values?: Record<string, string | number>): string {
  return note ? t(note, values) : '';
}

export interface StepNoteOptions {
  /** The note's UI string key, kept on the text so that tests and updates can tell which note is shown; none for a step without a note. */
  noteKey: string | undefined;
  /** The note's text, already wrapped to the chart's width. */
  lines: readonly string[];
  className: string;
  color: string;
  x: number;
  /** The top of the note's block: its first baseline sits one type size below. */
  top: number;
  size: number;
  lineHeight: number;
}

/** The note a step writes on the chart, so that it travels with every export and embed: one text, a tspan a line; no text when the step has none. */
export function drawStepNote(
  group: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  { noteKey, lines, className, color, x, top, size, lineHeight }: StepNoteOptions,
): void {
  group
    .selectAll<SVGTextElement, null>('text')
    .data(lines.length > 0 ? [null] : [])
    .join('text')
    .attr('class', className)
    .attr('fill', color)
    .attr('font-size', size)
    .attr('data-note', noteKey ?? null)
    .selectAll('tspan')
    .data(lines)
    .join('tspan')
    .attr('x', x)
    .attr('y', (_, i) => round(top + size + i * lineHeight))
    .text((d) => d);
}
