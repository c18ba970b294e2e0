import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { drawnShort } from '../shared/shortDrawing';
import { fontSize } from '../shared/theme';
import { stepNoteText } from '../shared/stepNote';
import { wrapText } from '../shared/wrapText';
import type { BenchmarkGapData } from './prepare';
import { benchmarkGapSteps } from './state';

export const noteLine = 17;
/** The axis runs from no lead to a little past the largest, fixed so that every row reads on one scale. */
const xMax = 35;

export function chartHeight(width: number): number {
  return width < 520 ? 420 : 360;
}

export interface GapLayout {
  x: ScaleLinear<number, number>;
  labelX: number;
  rowY: (index: number) => number;
  axisY: number;
  noteTop: number;
  noteLines: (note: string) => string[];
}

export function gapLayout(
  data: BenchmarkGapData,
  { width, height = chartHeight(width), locale, t }: { width: number; height?: number | undefined; locale: Locale; t: Translate },
): GapLayout {
  const narrow = width < 520;
  const short = drawnShort(height, chartHeight(width));
  const noteLines = (note: string) => (short ? [] : wrapText(note, width - 24 - 2 * fontSize.label, fontSize.label, locale));
  const noteCount = Math.max(0, ...benchmarkGapSteps.map((s) => noteLines(stepNoteText(t, s.note)).length));
  const noteTop = height - noteCount * noteLine - 10;
  const axisY = noteTop - 40;
  const top = 64;
  const left = narrow ? 96 : 120;
  const x = scaleLinear()
    .domain([0, xMax])
    .range([left, width - (narrow ? 24 : 40)]);
  const step = (axisY - top) / data.rows.length;
  return { x, labelX: 10, rowY: (i) => top + step * (i + 0.5), axisY, noteTop, noteLines };
}
