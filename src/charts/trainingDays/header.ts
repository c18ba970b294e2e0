import { layer } from '../shared/layers';
import { fontSize } from '../shared/theme';
import { textWidthEm, wrapText } from '../shared/wrapText';
import { computeText, scenarioText, uncertaintyNote } from './describe';
import type { Frame } from './frame';
import { formatAboutDays, formatYears } from './format';
import type { TrainingDaysData } from './prepare';
import type { TrainingDaysState } from './state';
import { keyed } from '../shared/keyed';

/** Room kept for the headline whatever the state, so the plot below never jumps between steps of the preset runs. */
function headerHeight(width: number, short: boolean): number {
  if (short) return 92;
  return width < 520 ? 146 : 128;
}

/** What the headline draws with: it is laid out before the plot, whose top it decides. */
type HeaderFrame = Pick<Frame, 'root' | 'idPrefix' | 'width' | 'narrow' | 'short' | 'palette' | 'locale' | 't'>;

interface Block {
  id: string;
  lines: string[];
  size: number;
  className: string;
  fill: string;
  weight: number | null;
}

/**
 * The answer first, as a big number; then what it is the answer to, and any caveat. Returns the height it takes: its
 * usual room, or more where a reader's run wraps onto more lines, so that the plot below gives way rather than be
 * written over.
 */
export function drawHeader(frame: HeaderFrame, data: TrainingDaysData, state: TrainingDaysState): number {
  const { root, idPrefix, width, narrow, short, palette, locale, t } = frame;
  const group = layer(root, idPrefix, 'summary');
  const room = width - 16;
  // wrapText estimates widths without a font; leave slack for wider fallback fonts and bold text.
  const wrapRoom = room * 0.88;

  group
    .selectAll<SVGTextElement, null>('text.days-caption')
    // On a short screen the big number says it alone: the caption's line goes to the plot.
    .data(short ? [] : [null])
    .join('text')
    .attr('class', 'days-caption muted')
    .attr('x', 8)
    .attr('y', 16)
    .attr('font-size', fontSize.label)
    .attr('fill', palette.muted)
    .text(t('days.caption'));

  // Rounded, and said to be: "about 1,100 days (about 3 years)".
  const days = formatAboutDays(locale, t, state.days);
  const inYears = formatYears(locale, t, state.days);
  const years = inYears ? t('days.aside', { value: inYears }) : '';
  const yearSize = 17;
  // The Chinese aside starts with its own comma.
  const gap = years && locale === 'en' ? 10 : 0;
  const preferred = short ? 28 : narrow ? 32 : 42;
  // Long answers ("26,100 days" with "about 71 years") shrink rather than run off a phone screen.
  const fits = (size: number) => textWidthEm(days) * size + gap + textWidthEm(years) * yearSize <= room;
  const bigSize = fits(preferred) ? preferred : fits(28) ? 28 : 24;
  const parts = [
    { id: 'days', text: days, size: bigSize, weight: 700, className: 'fg', fill: palette.text, dx: 0 },
    { id: 'years', text: years, size: yearSize, weight: 400, className: 'muted', fill: palette.muted, dx: gap },
  ];
  const big = group
    .selectAll<SVGTextElement, null>('text.days-big')
    .data([null])
    .join('text')
    .attr('class', 'days-big')
    .attr('x', 8)
    .attr('y', short ? 28 : narrow ? 48 : 58);
  big
    .selectAll<SVGTSpanElement, (typeof parts)[number]>('tspan')
    .data(
      parts,
      keyed((d) => d.id),
    )
    .join('tspan')
    .attr('data-key', (d) => d.id)
    .attr('class', (d) => d.className)
    .attr('font-size', (d) => d.size)
    .attr('font-weight', (d) => d.weight)
    .attr('fill', (d) => d.fill)
    .attr('dx', (d) => d.dx)
    .text((d) => d.text);

  const blocks: Block[] = [
    {
      id: 'scenario',
      lines: wrapText(scenarioText(data, state, locale, t), wrapRoom, fontSize.label, locale),
      size: fontSize.label,
      className: 'fg',
      fill: palette.text,
      weight: 600,
    },
    {
      id: 'compute',
      lines: wrapText(computeText(state, locale, t), wrapRoom, fontSize.annotation, locale),
      size: fontSize.annotation,
      className: 'muted',
      fill: palette.muted,
      weight: null,
    },
    {
      id: 'note',
      lines: wrapText(uncertaintyNote(state, locale, t), wrapRoom, fontSize.annotation, locale),
      size: fontSize.annotation,
      className: 'days-note muted',
      fill: palette.muted,
      weight: null,
    },
  ];
  let cursor = short ? 48 : narrow ? 70 : 58 + 24;
  // The training compute, a figure for the curious, is left out on a short screen; the caveat stays.
  const placed = blocks
    .filter((block) => !short || block.id !== 'compute')
    .map((block) => {
      const y = cursor;
      cursor += block.lines.length * (block.size + 4) + 2;
      return { ...block, y };
    });
  const texts = group
    .selectAll<SVGTextElement, (typeof placed)[number]>('text.days-block')
    .data(
      placed,
      keyed((d) => d.id),
    )
    .join('text')
    .attr('data-key', (d) => d.id)
    .attr('class', (d) => `days-block ${d.className}`)
    .attr('data-block', (d) => d.id)
    .attr('x', 8)
    .attr('y', (d) => d.y)
    .attr('font-size', (d) => d.size)
    .attr('font-weight', (d) => d.weight)
    .attr('fill', (d) => d.fill);
  texts
    .selectAll<SVGTSpanElement, string>('tspan')
    .data((d) => d.lines.map((line, i) => ({ line, i, size: d.size })))
    .join('tspan')
    .attr('x', 8)
    .attr('dy', (d) => (d.i === 0 ? 0 : d.size + 4))
    .text((d) => d.line);
  // The last line's baseline, plus its descenders and a gap that keeps the axis title below apart from it.
  const bottom = Math.max(...placed.filter((b) => b.lines.length > 0).map((b) => b.y + (b.lines.length - 1) * (b.size + 4) + 10));
  return Math.max(headerHeight(width, short), bottom);
}
