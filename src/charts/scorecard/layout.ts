import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import type { Verdict } from '../../data/scorecard';
import { legendFlow } from '../shared/legendFlow';
import { drawnShort } from '../shared/shortDrawing';
import { stepNoteText } from '../shared/stepNote';
import { textWidthEm, wrapText } from '../shared/wrapText';
import type { PreparedPoint, ScorecardData } from './prepare';
import { scorecardSteps } from './state';
import { pointText, reasonText } from './text';
import { verdictScale } from './verdictBadge';

// Pixel geometry as plain numbers, so that tests can check that nothing overlaps or leaves the chart.

/** Below this width the drawing is a phone's: one column of rows, the verdict scale as a legend above them. */
const wideFrom = 520;

export function chartHeight(width: number): number {
  return width < wideFrom ? 390 : 540;
}

/**
 * Type sizes. A phone shows the 360 px drawing at about 0.9 of its size, so its text is set large enough to stay at
 * 11 px or more on screen, 12 px in Chinese; the laptop's drawing has room for a larger point.
 */
function scorecardType(width: number, locale: Locale, short: boolean) {
  // Beside a card on a phone held sideways the drawing is shown at its own size, never scaled down: 12 px is 12 px.
  if (short) {
    const size = locale === 'zh' ? 13 : 12;
    return { point: size, pointLine: size + 3, reason: size, reasonLine: size + 3, legend: size, note: size, noteLine: size + 4 };
  }
  if (width >= wideFrom) return { point: 15, pointLine: 19, reason: 13, reasonLine: 16, legend: 13, note: 13, noteLine: 17 };
  const size = locale === 'zh' ? 14 : 13;
  return { point: size, pointLine: size + 4, reason: size, reasonLine: size + 3, legend: size, note: size, noteLine: size + 4 };
}
type ScorecardType = ReturnType<typeof scorecardType>;

/** Space above a row's first line, and below its last. */
const rowPadding = (width: number, short: boolean) => (short ? 3 : width < wideFrom ? 4 : 7);
export const badgeRadius = (width: number) => (width < wideFrom ? 8 : 10);
export const confidenceRadius = 4;

export interface PointLayout {
  point: PreparedPoint;
  top: number;
  height: number;
  /** The verdict's badge, in the row's coordinates: in its verdict's column on a laptop, at the left on a phone. */
  badgeX: number;
  /** The middle of the first line, where the badge and the confidence dot sit. */
  middleY: number;
  /** The baseline of the first line. */
  baseline: number;
  /** The dot that tells how sure the facts deciding the row are, and the point's text after it. */
  dotX: number;
  textX: number;
  lines: string[];
  /** The verdict's reason, under the point, where the row gives one and the rows have room for it. */
  reasonLines: string[];
}

/** A legend entry placed: a verdict's badge, or a dot for how sure the facts are, and its words. */
export interface LegendEntry {
  id: string;
  swatch: Verdict | 'solid' | 'open';
  label: string;
  x: number;
  y: number;
}

/** On a laptop, the head of each verdict's column: its badge and its name, which make the scale's legend. */
export interface VerdictColumn {
  verdict: Verdict;
  x: number;
  badgeY: number;
  labelLines: string[];
  labelTop: number;
}

export interface ScorecardLayout {
  wide: boolean;
  /**
   * Laid out to a short screen's height, beside the step's card: one line a point where it fits (two where it does
   * not), the verdicts' legend on one line, and no reasons, confidence dots, hint or note. The evidence tip a row
   * opens, the table and the phone's drawing carry those.
   */
  short: boolean;
  /** The radius of a row's verdict badge. */
  badge: number;
  /** Whether each row shows how sure its facts are, by a dot explained in the legend. */
  confidenceDots: boolean;
  type: ScorecardType;
  legend: LegendEntry[];
  /** How to see the facts that decide a row. */
  hint: { x: number; y: number; lines: string[] };
  columns: VerdictColumn[];
  plotTop: number;
  plotBottom: number;
  rows: PointLayout[];
  noteTop: number;
  noteLines: (note: string) => string[];
}

const swatchWidth = 20;

/** The legend's words for the scale and for how sure the facts are, in the order they are drawn. */
function legendLabels(t: Translate) {
  return {
    verdicts: verdictScale.map((verdict) => ({ id: verdict, swatch: verdict, label: t(`score.verdict.${verdict}`) })),
    confidence: [
      { id: 'solid', swatch: 'solid' as const, label: t('score.legend.solid') },
      { id: 'open', swatch: 'open' as const, label: t('score.legend.hollow') },
    ],
  };
}

export function scorecardLayout(
  data: ScorecardData,
  { width, height = chartHeight(width), locale, t }: { width: number; height?: number | undefined; locale: Locale; t: Translate },
): ScorecardLayout {
  const short = drawnShort(height, chartHeight(width));
  const wide = width >= wideFrom && !short;
  const type = scorecardType(width, locale, short);
  const margin = wide ? 16 : 10;
  const noteWidth = width - 2 * margin - 2 * type.note;
  // Beside a card the step's note is the card's to tell.
  const noteLines = (note: string) => (short ? [] : wrapText(note, noteWidth, type.note, locale));
  const noteCount = Math.max(...scorecardSteps.map((s) => noteLines(stepNoteText(t, s.note)).length));
  const noteTop = short ? height : height - noteCount * type.noteLine - 10;
  const plotBottom = short ? height - 4 : noteTop - 16;
  const badge = short ? 7 : badgeRadius(width);
  const labels = legendLabels(t);
  const row = legendRowHeight(type.legend);

  let legend: LegendEntry[];
  let columns: VerdictColumn[] = [];
  let hint: ScorecardLayout['hint'];
  let plotTop: number;
  let textX: number;
  let textRight: number;
  let badgeX: (verdict: Verdict) => number;
  if (wide) {
    // The verdicts as four columns at the right, each headed by its badge and name: the scale is its own legend, and
    // the badges of the rows line up under the heads, so that the tally of each verdict shows at a glance.
    // Names are set bold, about a tenth wider than the estimate; a name wider than a column wraps under its badge.
    const columnWidth = Math.max(80, ...labels.verdicts.map((v) => Math.min(1.1 * textWidthEm(v.label) * type.legend + 14, 86)));
    const columnsLeft = width - margin - verdictScale.length * columnWidth;
    columns = verdictScale.map((verdict, i) => {
      const labelLines = wrapText(t(`score.verdict.${verdict}`), (columnWidth - 14) / 1.1, type.legend, locale);
      return { verdict, x: columnsLeft + (i + 0.5) * columnWidth, badgeY: 20, labelLines, labelTop: 36 };
    });
    const headBottom = 36 + Math.max(...columns.map((c) => c.labelLines.length)) * row;
    // How sure the facts are, and how to see them, head the points' column.
    legend = labels.confidence.map((entry, i) => ({ ...entry, x: margin, y: 20 + i * row }));
    const hintTop = 20 + labels.confidence.length * row;
    hint = { x: margin, y: hintTop, lines: wrapText(t('score.hint'), columnsLeft - margin - 16, type.legend, locale) };
    plotTop = Math.max(headBottom, hintTop + (hint.lines.length - 1) * row + 8) + 4;
    textX = margin + 14;
    textRight = columnsLeft - 12;
    badgeX = (verdict) => columns.find((c) => c.verdict === verdict)!.x;
  } else if (short) {
    // The four verdicts above the rows, on one line where it holds them; each row's badge at its left, its point after it.
    const flow = legendFlow(
      labels.verdicts.map((v) => v.label),
      width - 2 * margin,
      { fontSize: type.legend, swatchWidth },
    );
    legend = labels.verdicts.map((entry, i) => ({ ...entry, x: margin + flow[i]!.x, y: 16 + flow[i]!.row * row }));
    hint = { x: margin, y: 16, lines: [] };
    plotTop = 16 + Math.max(...flow.map((p) => p.row)) * row + 8;
    textX = margin + 2 * badge + 8;
    textRight = width - margin;
    badgeX = () => margin + badge;
  } else {
    // One column of rows; the scale, then how sure the facts are and how to see them, flowed above it.
    const entries = [...labels.verdicts, ...labels.confidence];
    const flowWidth = width - 2 * margin;
    const verdictFlow = legendFlow(
      labels.verdicts.map((v) => v.label),
      flowWidth,
      { fontSize: type.legend, swatchWidth },
    );
    const verdictRows = Math.max(...verdictFlow.map((p) => p.row)) + 1;
    const confidenceFlow = legendFlow(
      labels.confidence.map((c) => c.label),
      flowWidth,
      { fontSize: type.legend, swatchWidth },
    );
    const flow = [...verdictFlow, ...confidenceFlow.map((p) => ({ ...p, row: p.row + verdictRows }))];
    legend = entries.map((entry, i) => ({ ...entry, x: margin + flow[i]!.x, y: 18 + flow[i]!.row * row }));
    const rows = Math.max(...flow.map((p) => p.row)) + 1;
    hint = { x: margin, y: 18 + rows * row, lines: wrapText(t('score.hint'), flowWidth, type.legend, locale) };
    plotTop = hint.y + (hint.lines.length - 1) * row + 10;
    textX = margin + 2 * badgeRadius(width) + 20;
    textRight = width - margin;
    badgeX = () => margin + badgeRadius(width);
  }

  const textWidth = 0.97 * (textRight - textX);
  const withReasons = data.points.map((point) => {
    const reason = reasonText(point, locale);
    return {
      point,
      lines: wrapText(pointText(point, locale), textWidth, type.point, locale),
      reasonLines: reason ? wrapText(reason, textWidth, type.reason, locale) : [],
    };
  });
  const padding = rowPadding(width, short);
  const needOf = (r: { lines: string[]; reasonLines: string[] }) =>
    2 * padding + r.lines.length * type.pointLine + r.reasonLines.length * type.reasonLine + (wide ? 2 : 1);
  // A verdict's reason goes under its point where the rows have room for it; where they do not, the reason stays in
  // the mark's description and the table, and the verdict itself does not mislead without it.
  const fits = !short && withReasons.reduce((sum, r) => sum + needOf(r), 0) <= plotBottom - plotTop;
  const laidRows = fits ? withReasons : withReasons.map((r) => ({ ...r, reasonLines: [] }));
  const need = laidRows.map(needOf);
  const spare = Math.max(0, plotBottom - plotTop - need.reduce((a, b) => a + b, 0)) / laidRows.length;
  let top = plotTop;
  const placed = laidRows.map((r, i): PointLayout => {
    const rowHeight = need[i]! + spare;
    // The row's text sits in the middle of its share of the spare room.
    const baseline = Math.round(spare / 2 + padding + 0.8 * type.point + (type.pointLine - type.point) / 2);
    const laid = {
      ...r,
      top,
      height: rowHeight,
      badgeX: badgeX(r.point.verdict),
      middleY: Math.round(baseline - 0.36 * type.point),
      baseline,
      dotX: textX - confidenceRadius - 6,
      textX,
    };
    top += rowHeight;
    return laid;
  });
  return { wide, short, badge, confidenceDots: !short, type, legend, hint, columns, plotTop, plotBottom, rows: placed, noteTop, noteLines };
}

/** The height of a line of the legend at this size. */
function legendRowHeight(size: number): number {
  return size + 5;
}
