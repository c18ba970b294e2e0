import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { fontSize } from '../shared/theme';
import { textWidthEm, wrapText } from '../shared/wrapText';
import type { PreparedPoint, ScorecardData } from './prepare';
import { scorecardSteps } from './state';
import { pointText, reasonText, verdictText } from './text';

// Pixel geometry as plain numbers, so that tests can check that nothing overlaps or leaves the chart.

export const lineHeight = 17;
export const noteLine = 17;
export const reasonLine = 15;
// On a phone the rows sit closer, so that title, drawing and a step's card share one 740 px screen.
const rowGap = (width: number) => (width < 520 ? 6 : 12);

export function chartHeight(width: number): number {
  return width < 520 ? 420 : 460;
}

export interface PointLayout {
  point: PreparedPoint;
  top: number;
  height: number;
  /** The verdict's marker and word, in a column at the left. */
  markerX: number;
  verdictX: number;
  textX: number;
  lines: string[];
  /** The verdict's reason, under the point, where the row gives one. */
  reasonLines: string[];
}

export interface ScorecardLayout {
  legendTop: number;
  plotTop: number;
  plotBottom: number;
  rows: PointLayout[];
  noteTop: number;
  noteLines: (note: string) => string[];
}

/** The verdict column is as wide as its longest word in this language, so that no verdict wraps. */
function verdictColumn(data: ScorecardData, t: Translate): number {
  return 24 + Math.max(...data.points.map((p) => 1.1 * textWidthEm(verdictText(p, t)) * fontSize.label)) + 14;
}

export function scorecardLayout(
  data: ScorecardData,
  { width, height = chartHeight(width), locale, t }: { width: number; height?: number; locale: Locale; t: Translate },
): ScorecardLayout {
  const margin = width < 520 ? 10 : 16;
  const noteWidth = width - 2 * margin - 2 * fontSize.label;
  const noteLines = (note: string) => wrapText(note, noteWidth, fontSize.label, locale);
  const noteCount = Math.max(...scorecardSteps.map((s) => noteLines(t(s.note)).length));
  const noteTop = height - noteCount * noteLine - 10;
  const plotTop = 44;
  const plotBottom = noteTop - 14;

  const column = verdictColumn(data, t);
  const textX = margin + column;
  const textWidth = 0.95 * (width - textX - margin);
  const withReasons = data.points.map((point) => {
    const reason = reasonText(point, locale);
    return {
      point,
      lines: wrapText(pointText(point, locale), textWidth, fontSize.label, locale),
      reasonLines: reason ? wrapText(reason, textWidth, fontSize.annotation, locale) : [],
    };
  });
  const needOf = (r: { lines: string[]; reasonLines: string[] }) => r.lines.length * lineHeight + r.reasonLines.length * reasonLine + rowGap(width);
  // A verdict's reason goes under its point where the rows have room for it; where they do not (English on a phone),
  // the reason stays in the mark's description and the table, and the verdict itself does not mislead without it.
  const fits = withReasons.reduce((sum, r) => sum + needOf(r), 0) <= plotBottom - plotTop;
  const rows = fits ? withReasons : withReasons.map((r) => ({ ...r, reasonLines: [] }));
  const need = rows.map(needOf);
  const spare = Math.max(0, plotBottom - plotTop - need.reduce((a, b) => a + b, 0)) / rows.length;
  let top = plotTop;
  const placed = rows.map((row, i): PointLayout => {
    const rowHeight = need[i]! + spare;
    const laid = { ...row, top, height: rowHeight, markerX: margin + 7, verdictX: margin + 20, textX };
    top += rowHeight;
    return laid;
  });
  return { legendTop: 18, plotTop, plotBottom, rows: placed, noteTop, noteLines };
}
