import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { distanceToBox, placeLabels, textBox, type Box, type LabelPoint } from '../shared/labels';
import { drawnShort } from '../shared/shortDrawing';
import { fontSize } from '../shared/theme';
import { formatNumber } from '../shared/format';
import { textWidthEm, wrapText } from '../shared/wrapText';
import type { PreparedScore, TeacherStudentData } from './prepare';
import { keys } from './state';
import { numberFormat } from '../shared/intl';
import { formatMonthTick } from '../shared/format';

// Fixed scales: Plot's axes cannot change between steps, so every step shares the whole of 2023 and 25–90.
// The floor is random guessing: MMLU's questions have four choices, so a model that guesses scores 25.
export const xDomain: [Date, Date] = [new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2023, 11, 31))];
export const randomGuess = 25;
export const yDomain: [number, number] = [randomGuess, 90];
export const yTicks = [30, 40, 50, 60, 70, 80, 90];
export const dotRadius = 5;
export const noteLineHeight = 16;

// Editorial choice of the models worth naming; phones name only those the story turns on.
const desktopLabels = ['llama-65b', 'llama-2-70b', 'chatglm2-6b', 'qwen-7b', 'baichuan2-13b', 'qwen-14b', 'chatglm3-6b', 'yi-34b', 'qwen-72b'];
const phoneLabels = ['llama-65b', 'llama-2-70b', 'chatglm3-6b', 'qwen-72b'];

export function chartHeight(width: number): number {
  return width < 520 ? 380 : 470;
}

export interface Frame {
  width: number;
  height: number;
  narrow: boolean;
  /** Laid out to a short screen's height, beside the step's card. */
  short: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  noteLines: string[];
}

/** The plot's margins: the legend above, the axis and the on-chart note on harnesses below. */
export function frame(width: number, legendHeight: number, locale: Locale, t: Translate, height = chartHeight(width)): Frame {
  const narrow = width < 520;
  // Beside the card on a short screen the harness note gives its lines to the scores; the table and the methods keep it.
  const short = drawnShort(height, chartHeight(width));
  const noteLines = short ? [] : wrapText(t('mmlu.note'), width - 16, fontSize.annotation, locale);
  return {
    width,
    height,
    narrow,
    short,
    margin: { top: legendHeight + 44, right: narrow ? 12 : 20, bottom: 40 + noteLines.length * noteLineHeight, left: narrow ? 34 : 40 },
    noteLines,
  };
}

export function scales({ width, height, margin }: Frame) {
  return {
    x: scaleUtc()
      .domain(xDomain)
      .range([margin.left, width - margin.right]),
    y: scaleLinear()
      .domain(yDomain)
      .range([height - margin.bottom, margin.top]),
  };
}

export const releasedDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Month ticks: every other month on desktops, every quarter on phones. */
export function monthTicks(narrow: boolean): Date[] {
  const every = narrow ? 3 : 2;
  return Array.from({ length: Math.ceil(12 / every) }, (_, i) => new Date(Date.UTC(2023, i * every, 1)));
}

/** "Jan 2023", "Mar" … / "2023 年 1 月", "3 月" …: the year once, where it starts. */
export function monthTickFormat(locale: Locale): (date: Date) => string {
  return (date) => formatMonthTick(locale, date, date.getUTCMonth() === 0);
}

/**
 * Every score and gap the chart shows, with one decimal (Baichuan's 59.17 reads 59.2 beside Qwen's 77.4); the
 * table keeps the figure as its source prints it.
 */
export function formatScore(locale: Locale, value: number): string {
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A model's size, the last word of its name: "LLaMA 33B" → "33B". */
const modelSize = (model: string): string => model.split(' ').at(-1) ?? model;

export interface ChartLabel {
  key: string;
  /** Pixel position of the anchor point; for several lines, of the block's vertical centre. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  lines: string[];
  kind: 'model' | 'line' | 'gap' | 'random';
  /** A short rule from the label to what it names, where the label had to move away from it: pixels. */
  connector?: { x1: number; x2: number; y: number };
}

function modelLabel(score: PreparedScore, narrow: boolean, locale: Locale, t: Translate, named: boolean): string[] {
  // Meta's sizes not named in full are still told apart by their size alone: 7B, 13B, 33B.
  if (!named) return [modelSize(score.model)];
  const name = narrow ? score.model : `${score.model} ${formatScore(locale, score.score)}`;
  // The 0-shot dot sits among others at every width: the mark goes on a short second line, so that the label fits
  // beside its own dot rather than reaching towards a neighbour's, and never alone, beside a dot with no name.
  return score.shots === 0 ? [name, t('mmlu.shots.zero')] : [name];
}

const labelHeight = fontSize.label + 2;

function blockBox(label: ChartLabel): Box {
  const width = Math.max(...label.lines.map((l) => textWidthEm(l))) * fontSize.label;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  const half = ((label.lines.length - 1) * labelHeight + fontSize.label) / 2;
  return { x0, x1: x0 + width, y0: label.y - half, y1: label.y + half };
}

/**
 * Every label any step shows, placed once so that none overlaps another at the last step, where all are
 * on screen. The teachers' line labels and the gap label have fixed places; the model names are placed
 * around them, clear of the lines, the gap and every dot.
 */
export function chartLabels(data: TeacherStudentData, f: Frame, locale: Locale, t: Translate): ChartLabel[] {
  const { x, y } = scales(f);
  const { gap } = data;
  const fixed: ChartLabel[] = data.references.map((r) => ({
    key: keys.lineLabel(r.id),
    // On the line, just right of the teacher's dot: it names both.
    x: x(releasedDate(r.released)) + dotRadius + 5,
    y: y(r.score) - labelHeight / 2 - 1,
    anchor: 'start',
    lines: [`${r.model} ${formatScore(locale, r.score)}`],
    kind: 'line',
  }));
  // The gap names its student, so the student needs no label of its own.
  const gapPoints = formatScore(locale, gap.points);
  const gapText = [`${gap.student} ${formatScore(locale, gap.studentScore)}`, t('mmlu.gap', { points: gapPoints, teacher: gap.teacher })];
  // Random guessing, the floor of the scale, named at its right end, where no model scores near it.
  fixed.push({
    key: keys.randomLabel,
    x: f.width - f.margin.right,
    y: y(randomGuess) - labelHeight / 2 - 2,
    anchor: 'end',
    lines: [t('mmlu.random', { score: formatNumber(locale, randomGuess) })],
    kind: 'random',
  });
  const gapX = x(releasedDate(gap.studentReleased));
  const otherDots = data.scores
    .filter((s) => s.id !== gap.studentId)
    .map((s) => ({ cx: x(releasedDate(s.released)), cy: y(s.score) }))
    .sort((a, b) => b.cx - a.cx);
  const reach = dotRadius + 3;
  const gapLabelOf = (lines: string[]): ChartLabel => {
    const label: ChartLabel = { key: keys.gapLabel, x: gapX - 7, y: y((gap.studentScore + gap.teacherScore) / 2), anchor: 'end', lines, kind: 'gap' };
    // Left of the bracket, and left of any other model's dot it would touch there (Yi-34B's, on a phone).
    for (const dot of otherDots) {
      const box = blockBox(label);
      if (dot.cx - reach < box.x1 && box.x0 < dot.cx + reach && dot.cy - reach < box.y1 && box.y0 < dot.cy + reach) label.x = dot.cx - reach - 2;
    }
    return label;
  };
  // A short drawing's gap is lower than two lines: the label takes one, in the room between the teacher's dot and the
  // bracket, dropping first the student's score (the axis gives it), then the word "points", where it would not fit.
  const teacherX = x(releasedDate(data.references.find((r) => r.id === gap.teacherId)!.released));
  const gapForms = f.short
    ? [
        [gapText.join(locale === 'zh' ? '，' : ', ')],
        [[gap.student, gapText[1]].join(locale === 'zh' ? '，' : ', ')],
        [t('mmlu.gap.brief', { student: gap.student, points: gapPoints, teacher: gap.teacher })],
      ].map(gapLabelOf)
    : [gapLabelOf(gapText)];
  const gapLabel = gapForms.find((l) => blockBox(l).x0 >= teacherX + reach) ?? gapForms.at(-1)!;
  // Moved away from its bracket, the label is tied back to it.
  if (gapLabel.x < gapX - 7) gapLabel.connector = { x1: gapLabel.x + 3, x2: gapX - 2, y: gapLabel.y };
  fixed.push(gapLabel);
  const obstacles: Box[] = [
    ...fixed.map(blockBox),
    // The teachers' lines run from their release to the year's end.
    ...data.references.map((r) => ({ x0: x(releasedDate(r.released)), x1: f.width - f.margin.right, y0: y(r.score) - 1, y1: y(r.score) + 1 })),
    { x0: gapX - 2, x1: gapX + 2, y0: y(gap.teacherScore), y1: y(gap.studentScore) },
  ];

  const wanted = new Set(f.narrow ? phoneLabels : desktopLabels);
  const named = (s: PreparedScore) => wanted.has(s.id) || s.shots === 0;
  // The 0-shot label must show whatever the width, so it is placed first; then the named models in release
  // order; then Meta's other sizes, by size alone.
  const labelled = data.scores
    .filter((s) => s.id !== gap.studentId && (named(s) || s.family === 'open'))
    .sort((a, b) => Number(a.shots !== 0) - Number(b.shots !== 0) || Number(!named(a)) - Number(!named(b)));
  const texts = new Map(labelled.map((s) => [keys.label(s.id), modelLabel(s, f.narrow, locale, t, named(s))]));
  const points: LabelPoint[] = [
    ...labelled.map((s) => {
      const lines = texts.get(keys.label(s.id))!;
      const longest = lines.reduce((a, b) => (textWidthEm(b) > textWidthEm(a) ? b : a));
      return { id: keys.label(s.id), x: x(releasedDate(s.released)), y: y(s.score), label: longest, lines: lines.length };
    }),
    // Unnamed dots come last: they are obstacles for the labels, and their empty labels block nothing placed before.
    ...data.scores
      .filter((s) => !labelled.includes(s))
      .map((s) => ({ id: keys.label(s.id), x: x(releasedDate(s.released)), y: y(s.score), label: '' })),
  ];
  const options = {
    fontSize: fontSize.label,
    radius: dotRadius,
    bounds: { x0: f.margin.left, x1: f.width - 2, y0: f.margin.top - 8, y1: f.height - f.margin.bottom },
  };
  let placed = placeLabels(points, { ...options, obstacles });
  // A one-line name beside its dot whose letters reach nearer another dot than its own (LLaMA 65B under GPT-3.5's
  // dot, in a short drawing) is moved a few pixels away from that dot, kept there, and the others placed around it.
  const nudged = placed.flatMap((p) => {
    const text = texts.get(p.id);
    if (!text || text.length > 1 || (p.side !== 'right' && p.side !== 'left')) return [];
    const moved = awayFromOtherDots({ key: p.id, x: p.x, y: p.y, anchor: p.anchor, lines: text, kind: 'model' }, points);
    return moved ? [moved] : [];
  })[0];
  if (nudged) {
    // Its dot goes last with an empty label, as the unnamed dots do, so that it still counts as a dot.
    const own = points.find((p) => p.id === nudged.key)!;
    const rest = [...points.filter((p) => p !== own), { ...own, label: '', lines: 1 }];
    placed = placeLabels(rest, { ...options, obstacles: [...obstacles, blockBox(nudged)] }).map((p) =>
      p.id === nudged.key ? { ...p, ...nudged } : p,
    );
  }
  const models = placed.flatMap((p): ChartLabel[] => {
    const text = texts.get(p.id);
    return text ? [{ key: p.id, x: p.x, y: p.y, anchor: p.anchor, lines: text, kind: 'model' }] : [];
  });
  return [...fixed, ...models];
}

/** The box a one-line label's letters take: Plot sets its baseline 0.37 em below the label's middle. */
function inkBox(label: ChartLabel): Box {
  return textBox(label.lines[0]!, label.x, label.y + 0.37 * fontSize.label, fontSize.label, label.anchor);
}

/** How far a label beside its dot may move towards it, and off its level, and still read as set beside it, level. */
const nudgeLimit = { towards: 2, level: 0.3 * fontSize.label };

/**
 * The label moved a little towards its dot and up or down away from the nearest other, the least that makes it
 * nearer its own dot than any other by half a pixel; undefined if it already is, or cannot be.
 */
function awayFromOtherDots(label: ChartLabel, points: readonly LabelPoint[]): ChartLabel | undefined {
  const own = points.find((p) => p.id === label.key)!;
  const clearBy = 0.5;
  const nearer = (l: ChartLabel) => {
    const box = inkBox(l);
    const ownDistance = distanceToBox(box, own.x, own.y);
    return points.find((p) => p !== own && distanceToBox(box, p.x, p.y) <= ownDistance + clearBy);
  };
  const other = nearer(label);
  if (!other) return undefined;
  const away = Math.sign(own.y - other.y) || 1;
  const towards = label.anchor === 'start' ? -1 : 1;
  const moves: { across: number; off: number }[] = [];
  for (let across = 0; across <= nudgeLimit.towards; across += 0.5) {
    for (let off = 0; off <= nudgeLimit.level; off += 0.5) moves.push({ across, off });
  }
  return moves
    .sort((a, b) => Math.hypot(a.across, a.off) - Math.hypot(b.across, b.off))
    .map(({ across, off }) => ({ ...label, x: label.x + towards * across, y: label.y + away * off }))
    .find((moved) => !nearer(moved));
}

/** The boxes labels take, for tests that check nothing overlaps. */
export const labelBox = blockBox;
