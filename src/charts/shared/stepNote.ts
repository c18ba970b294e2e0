import type { Selection } from 'd3-selection';
import { round } from './svg';

export interface StepNoteOptions {
  /** The note's UI string key, kept on the text so that tests and updates can tell which note is shown. */
  noteKey: string;
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

/** The note a step writes on the chart, so that it travels with every export and embed: one text, a tspan a line. */
export function drawStepNote(
  group: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  { noteKey, lines, className, color, x, top, size, lineHeight }: StepNoteOptions,
): void {
  group
    .selectAll<SVGTextElement, null>('text')
    .data([null])
    .join('text')
    .attr('class', className)
    .attr('fill', color)
    .attr('font-size', size)
    .attr('data-note', noteKey)
    .selectAll('tspan')
    .data(lines)
    .join('tspan')
    .attr('x', x)
    .attr('y', (_, i) => round(top + size + i * lineHeight))
    .text((d) => d);
}
