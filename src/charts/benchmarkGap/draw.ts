import { select } from 'd3-selection';
import { translator } from '../../i18n/ui';
import type { ChartDrawing, DrawOptions } from '../shared/drawing';
import { evidenceAttributes } from '../shared/evidence';
import { formatDate, formatNumber } from '../shared/format';
import { keyed } from '../shared/keyed';
import { drawBackground } from '../shared/background';
import { layer } from '../shared/layers';
import { drawLegend } from '../shared/legend';
import { drawStepNote, stepNoteText } from '../shared/stepNote';
import { fade } from '../shared/fade';
import { round } from '../shared/svg';
import { textWidthEm } from '../shared/wrapText';
import { fontFamily, fontSize, palettes } from '../shared/theme';
import { chartHeight, gapLayout, noteLine } from './layout';
import type { BenchmarkGapData, GapPoint, GapRow } from './prepare';
import { benchmarkGapState } from './state';
import { describeBenchmarkGap } from './describe';

const ticks = [0, 10, 20, 30];

/** Draws or updates the chart in an existing SVG root: each benchmark a line from its 2023 gap to its 2024 gap. */
function drawBenchmarkGap(svg: SVGSVGElement, data: BenchmarkGapData, options: DrawOptions): void {
  const { width, height = chartHeight(width), locale, theme, idPrefix, duration } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const state = benchmarkGapState(options.step);
  const layout = gapLayout(data, { width, height, locale, t });
  const root = select(svg).attr('font-family', fontFamily).attr('font-size', fontSize.label).attr('data-step', state.step);
  drawBackground(root, idPrefix, { width, height, palette });

  const first = data.rows[0]!;
  drawLegend(
    layer(root, idPrefix, 'legend'),
    [
      {
        id: 'from',
        label: t('gap.legend.at', { date: formatDate(locale, first.from.at, 'month') }),
        swatch: 'dot',
        color: palette.context,
        fill: palette.context,
        className: 'cat-context',
      },
      {
        id: 'to',
        label: t('gap.legend.at', { date: formatDate(locale, first.to.at, 'month') }),
        swatch: 'dot',
        color: palette.text,
        fill: palette.text,
        className: 'ink',
      },
    ],
    { x: 8, y: 18, width: width - 16, fontSize: fontSize.legend, palette },
  );

  const axis = layer(root, idPrefix, 'axis');
  const tick = axis
    .selectAll<SVGGElement, number>('g.tick')
    .data(ticks)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tick');
      g.append('line').attr('class', 'grid');
      g.append('text').attr('class', 'muted').attr('text-anchor', 'middle');
      return g;
    })
    .attr('transform', (d) => `translate(${round(layout.x(d))},0)`);
  tick.select('line').attr('y1', 52).attr('y2', layout.axisY).attr('stroke', palette.grid);
  tick
    .select('text')
    .attr('y', layout.axisY + 16)
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    .text((d) => formatNumber(locale, d));
  axis
    .selectAll('text.axis-title')
    .data([null])
    .join('text')
    .attr('class', 'muted axis-title')
    .attr('x', width - 8)
    .attr('y', layout.axisY + 32)
    .attr('text-anchor', 'end')
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    .text(t('gap.axis'));

  const mark = (point: GapPoint, row: GapRow) => {
    const label = t('gap.mark', {
      benchmark: row.benchmark,
      date: formatDate(locale, point.at, 'month'),
      points: formatNumber(locale, point.points, 1),
      confidence: t(`confidence.${point.confidence}`),
    });
    return evidenceAttributes({ id: point.id, label, confidence: point.confidence, sources: point.sources });
  };
  const rows = layer(root, idPrefix, 'rows')
    .selectAll<SVGGElement, GapRow>('g.gap-row')
    .data(
      data.rows,
      keyed((d) => d.benchmark),
    )
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'gap-row')
        .attr('data-key', (d) => d.benchmark);
      g.append('text').attr('class', 'fg benchmark');
      g.append('line').attr('class', 'muted change');
      for (const end of ['from', 'to'] as const) {
        g.append('circle')
          .attr('class', end === 'from' ? 'cat-context' : 'ink')
          .attr('data-end', end)
          .each(function (d) {
            for (const [name, value] of Object.entries(mark(d[end], d))) this.setAttribute(name, value);
            select(this)
              .append('title')
              .text(this.getAttribute('data-label') ?? '');
          });
        g.append('text').attr('class', 'fg value').attr('data-end', end);
      }
      return g;
    });
  rows.attr('transform', (_, i) => `translate(0,${round(layout.rowY(i))})`);
  rows
    .select('.benchmark')
    .attr('x', layout.labelX)
    .attr('y', 5)
    .attr('font-weight', 700)
    .attr('fill', palette.text)
    .text((d) => d.benchmark);
  rows
    .select('.change')
    .attr('x1', (d) => round(layout.x(d.from.points)))
    .attr('x2', (d) => round(layout.x(d.to.points)))
    .attr('stroke', palette.muted)
    .attr('stroke-width', 2);
  // The dots and values of a row take the row's data from it: those drawn at build time arrive unbound.
  rows.each(function (row) {
    const value = (end: string | null) => (end === 'from' ? row.from.points : row.to.points);
    select(this)
      .selectAll<SVGCircleElement, unknown>('circle')
      .attr('r', 6)
      .attr('cx', function () {
        return round(layout.x(value(this.getAttribute('data-end'))));
      })
      .attr('fill', function () {
        return this.getAttribute('data-end') === 'from' ? palette.context : palette.text;
      });
    // The earlier gap's value sits right of its dot, the later one's left of its dot, so they never meet. A later
    // value near zero would be struck by the zero line: it moves over its dot, or right of it, to clear the line.
    const zero = layout.x(0);
    const place = (end: string | null): { x: number; anchor: 'start' | 'middle' | 'end' } => {
      const cx = layout.x(value(end));
      if (end === 'from') return { x: cx + 10, anchor: 'start' };
      const width = textWidthEm(formatNumber(locale, value(end), 1)) * fontSize.tick;
      const sides = [
        { x: cx - 10, anchor: 'end' as const, x0: cx - 10 - width },
        { x: cx, anchor: 'middle' as const, x0: cx - width / 2 },
        { x: cx + 10, anchor: 'start' as const, x0: cx + 10 },
      ];
      return sides.find((side) => side.x0 > zero + 3 || side.x0 + width < zero - 3) ?? sides[2]!;
    };
    select(this)
      .selectAll<SVGTextElement, unknown>('text.value')
      .attr('x', function () {
        return round(place(this.getAttribute('data-end')).x);
      })
      .attr('y', -10)
      .attr('text-anchor', function () {
        return place(this.getAttribute('data-end')).anchor;
      })
      .attr('font-size', fontSize.tick)
      .attr('fill', palette.text)
      .text(function () {
        return formatNumber(locale, value(this.getAttribute('data-end')), 1);
      });
  });
  // Marks fade by opacity, text to the faded grey (shared/fade.ts), found by their row's key.
  rows.attr('opacity', null);
  fade(
    rows.selectAll<SVGElement, unknown>('line, circle, text'),
    (el) => state.opacity(el.closest('g.gap-row')?.getAttribute('data-key') ?? ''),
    duration,
    palette,
  );

  drawStepNote(layer(root, idPrefix, 'note'), {
    noteKey: state.note,
    lines: layout.noteLines(stepNoteText(t, state.note)),
    className: 'fg gap-note',
    color: palette.text,
    x: 12,
    top: layout.noteTop,
    size: fontSize.label,
    lineHeight: noteLine,
  });
}

/** The benchmark-gap chart's moving parts: the same join at build time and in the browser. */
export const benchmarkGapDrawing: ChartDrawing<BenchmarkGapData> = { describe: describeBenchmarkGap, draw: drawBenchmarkGap };
