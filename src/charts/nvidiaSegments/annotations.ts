import type { Selection } from 'd3-selection';
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { evidenceAttributes } from '../shared/evidence';
import { round } from '../shared/svg';
import { fontSize, type Palette } from '../shared/theme';
import { textWidthEm, wrapText } from '../shared/wrapText';
import { barSpan, utcDate, xDomain } from './layout';
import type { NvidiaSegmentsData, PreparedQuarter } from './prepare';
import { keys } from './state';
import { claimLabel, formatPercent, formatUsd, quarterName } from './text';

type Group = Selection<SVGGElement, null, SVGSVGElement, unknown>;
interface Frame {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  margin: { top: number; right: number; bottom: number; left: number };
  narrow: boolean;
  /** Laid out to a short screen's height, beside the step's card. */
  short: boolean;
  locale: Locale;
  t: Translate;
  palette: Palette;
}

const lineHeight = 15;

/** A block of wrapped lines as one <text>, each line a <tspan>, so exports keep it as one piece. */
function textBlock(
  group: Group,
  lines: string[],
  x: number,
  y: number,
  anchor: 'start' | 'end',
  className: string,
  fill: string,
  size: number = fontSize.annotation,
  leading = lineHeight,
) {
  return group
    .append('text')
    .attr('class', className)
    .attr('x', round(x))
    .attr('y', round(y))
    .attr('text-anchor', anchor)
    .attr('fill', fill)
    .attr('font-size', size)
    .call((text) =>
      lines.forEach((line, i) =>
        text
          .append('tspan')
          .attr('x', round(x))
          .attr('dy', i === 0 ? 0 : leading)
          .text(line),
      ),
    );
}

/** Text wrapped with room to spare: the widths are estimates, and fonts other than ours run wider. */
const wrap = (text: string, width: number, f: Frame, size: number = fontSize.annotation) => wrapText(text, width * 0.88, size, f.locale);

/** A background-coloured plate behind a text block, so that event rules passing behind do not cut through it. */
function plate(group: Group, lines: string[], x: number, firstBaseline: number, anchor: 'start' | 'end', palette: Palette) {
  const width = Math.max(...lines.map((l) => textWidthEm(l))) * fontSize.annotation * 1.1 + 6;
  group
    .append('rect')
    .attr('class', 'bg')
    .attr('x', round(anchor === 'start' ? x - 3 : x - width + 3))
    .attr('y', round(firstBaseline - fontSize.annotation - 1))
    .attr('width', round(width))
    .attr('height', round(lines.length * lineHeight + 4))
    .attr('fill', palette.background);
}

function quarter(data: NvidiaSegmentsData, id: string): PreparedQuarter {
  return data.quarters.find((q) => q.id === id)!;
}

const barCentre = (f: Frame, q: PreparedQuarter) => {
  const [a, b] = barSpan(q);
  return { x: f.x(new Date((a.getTime() + b.getTime()) / 2)), left: f.x(a), top: f.y(q.usdBn) };
};

/** Step 2: the steepest fall in gaming, its size measured against the same quarter a year earlier. */
function drawSlump(layer: Group, data: NvidiaSegmentsData, f: Frame) {
  const q = quarter(data, data.slump.id);
  const { x, top } = barCentre(f, q);
  const text = f.t('revenue.slump', {
    quarter: quarterName(q, f.t),
    value: formatUsd(f.locale, q.usdBn, f.t),
    percent: formatPercent(f.locale, Math.abs(data.slump.change)),
  });
  const lines = wrap(text, f.narrow ? 160 : 220, f);
  // Above the taller bars around it (FY2022–FY2023 stay under 5 bn), left of a leader down to the bar.
  const bottom = f.y(5);
  const g = layer.append('g').attr('data-step-key', keys.slump).attr('class', 'annotation slump');
  g.append('line')
    .attr('class', 'line-reference')
    .attr('x1', round(x))
    .attr('x2', round(x))
    .attr('y1', round(top - 3))
    .attr('y2', round(bottom - 4))
    .attr('stroke', f.palette.muted)
    .attr('stroke-width', 1);
  const baseline = bottom - (lines.length - 1) * lineHeight;
  plate(g, lines, x - 5, baseline, 'end', f.palette);
  textBlock(g, lines, x - 5, baseline, 'end', 'fg', f.palette.text);
}

/** The record data-center quarter's callout: its lines, where they start, and the lowest point they reach. */
function peakCallout(data: NvidiaSegmentsData, f: Frame) {
  const dc = quarter(data, data.peak.id);
  const gaming = quarter(data, data.peak.gamingId);
  const { left, top } = barCentre(f, dc);
  // One clause a line: the record, then gaming in the same quarter.
  const lines = [
    ...wrap(f.t('revenue.peak', { quarter: quarterName(dc, f.t), value: formatUsd(f.locale, dc.usdBn, f.t) }), f.narrow ? 280 : 340, f),
    ...wrap(f.t('revenue.peakGaming', { value: formatUsd(f.locale, gaming.usdBn, f.t) }), f.narrow ? 280 : 340, f),
  ];
  return { lines, left, top, bottom: top + 9 + (lines.length - 1) * lineHeight + 5 };
}

/** Step 3: the record data-center quarter, with gaming in the same quarter for scale. */
function drawPeak(layer: Group, data: NvidiaSegmentsData, f: Frame) {
  const { lines, left, top } = peakCallout(data, f);
  const g = layer.append('g').attr('data-step-key', keys.peak).attr('class', 'annotation peak');
  plate(g, lines, left - 5, top + 9, 'end', f.palette);
  textBlock(g, lines, left - 5, top + 9, 'end', 'fg', f.palette.text);
}

/**
 * The years the claim is about: the cloud-gaming bets, from Stadia's launch to its close. The GPUs it says were
 * bought for cloud gaming were bought then.
 */
function claimPeriod(data: NvidiaSegmentsData): [Date, Date] {
  const date = (id: string, fallback: Date) => {
    const event = data.events.find((e) => e.id === id);
    return event ? utcDate(event.date) : fallback;
  };
  return [date('stadia-launch', xDomain[0]), date('stadia-close', xDomain[1])];
}

/**
 * Step 3: the essay's "lifeline" drawn as what it is, a claim: hollow, dashed, and saying that nothing backs it.
 * It stands on a bracket over the bars of the cloud-gaming years it is about.
 */
function drawClaim(layer: Group, data: NvidiaSegmentsData, f: Frame) {
  const padding = 8;
  const [from, to] = claimPeriod(data);
  const x0 = Math.max(f.margin.left, f.x(from));
  const x1 = Math.min(f.width - f.margin.right, f.x(to));
  const width = x1 - x0;
  // Just over the tallest bar of those years.
  const tallest = Math.max(...data.quarters.filter((q) => utcDate(q.end) >= from && utcDate(q.start) <= to).map((q) => q.usdBn));
  const bracketY = f.y(tallest) - 6;
  // The claim's body is set at the size of every other note: on a phone, smaller would be hard to read, above all in
  // Chinese.
  const title = wrap(f.t('revenue.claim.title'), width - 2 * padding - 16, f);
  // Beside the card on a short screen, which tells the claim, the box keeps only its title: the bars stay clear.
  const body = f.short ? [] : wrap(f.t('revenue.claim.body'), width - 2 * padding, f);
  const height = title.length * lineHeight + body.length * lineHeight + 2 * padding + 2;
  const top = Math.max(f.margin.top + 4, peakCallout(data, f).bottom + 6, bracketY - 6 - height);
  const label = claimLabel(data, f.t);
  const g = layer.append('g').attr('data-step-key', keys.claim).attr('class', 'annotation claim');
  for (const [name, value] of Object.entries(evidenceAttributes({ id: keys.claim, label, confidence: 'claim', sources: data.claim.sources })))
    g.attr(name, value);
  g.append('title').text(label);
  g.append('path')
    .attr('class', 'claim-period')
    .attr('d', `M${round(x0)},${round(bracketY + 5)}V${round(bracketY)}H${round(x1)}V${round(bracketY + 5)}`)
    .attr('fill', 'none')
    .attr('stroke', f.palette.muted)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '4 3');
  g.append('rect')
    .attr('class', 'hollow bg claim-box')
    .attr('x', round(x0))
    .attr('y', round(top))
    .attr('width', round(width))
    .attr('height', round(height))
    .attr('rx', 4)
    .attr('fill', f.palette.background)
    .attr('stroke', f.palette.muted)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '4 3');
  g.append('circle')
    .attr('class', 'muted hollow')
    .attr('cx', round(x0 + padding + 5))
    .attr('cy', round(top + padding + 7))
    .attr('r', 5)
    .attr('fill', f.palette.background)
    .attr('stroke', f.palette.muted)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '2 2');
  textBlock(g, title, x0 + padding + 16, top + padding + 11, 'start', 'fg', f.palette.text).attr('font-weight', 700);
  textBlock(g, body, x0 + padding, top + padding + 11 + title.length * lineHeight, 'start', 'fg', f.palette.text);
}

/** The step annotations that Plot has no mark for: wrapped callouts placed in pixels. */
export function drawAnnotations(layer: Group, data: NvidiaSegmentsData, f: Frame): void {
  layer.selectAll('*').remove();
  drawSlump(layer, data, f);
  drawPeak(layer, data, f);
  drawClaim(layer, data, f);
}
