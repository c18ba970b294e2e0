import { select, type Selection } from 'd3-selection';
import { translator } from '../../i18n/ui';
import type { ChartDrawing, DrawOptions } from '../shared/drawing';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { keyed } from '../shared/keyed';
import { drawBackground } from '../shared/background';
import { layer } from '../shared/layers';
import { drawStepNote, stepNoteText } from '../shared/stepNote';
import { fade } from '../shared/fade';
import { round } from '../shared/svg';
import { fontFamily, palettes, type Palette } from '../shared/theme';
import { chartHeight, confidenceRadius, scorecardLayout, type LegendEntry, type PointLayout, type VerdictColumn } from './layout';
import type { ScorecardData } from './prepare';
import { scorecardState, type ScorecardState } from './state';
import { pointDescription, scorecardDescription } from './text';
import { drawVerdictBadge } from './verdictBadge';

/** The dot that tells how sure a row's deciding facts are: solid for verified, open and dashed for an estimate or claim. */
function styleConfidenceDot(
  dot: Selection<SVGCircleElement, unknown, null, undefined>,
  { open, setBack, palette }: { open: boolean; setBack: boolean; palette: Palette },
): void {
  const ink = setBack ? palette.faded : palette.muted;
  dot
    .attr('class', `confidence-dot${open ? ' open' : ''}${setBack ? ' set-back' : ''}`)
    .attr('r', confidenceRadius)
    .attr('fill', open ? palette.background : ink)
    .attr('stroke', ink)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', open ? '2 1.6' : null);
}

/** The legend's entries: a verdict's badge or a confidence dot, then its words. */
function drawLegendEntries(
  group: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  entries: readonly LegendEntry[],
  { size, palette }: { size: number; palette: Palette },
): void {
  group
    .selectAll<SVGGElement, LegendEntry>('g.legend-item')
    .data(
      entries,
      keyed((d) => d.id),
    )
    .join((enter) => enter.append('g').attr('class', 'legend-item'))
    .attr('data-key', (d) => d.id)
    .attr('transform', (d) => `translate(${round(d.x)},${round(d.y)})`)
    .each(function (d) {
      const item = select(this);
      item.selectAll('*').remove();
      const swatch = item.append('g').attr('transform', `translate(7,${round(-0.36 * size)})`);
      if (d.swatch === 'solid' || d.swatch === 'open')
        styleConfidenceDot(swatch.append('circle'), { open: d.swatch === 'open', setBack: false, palette });
      else drawVerdictBadge(swatch, d.swatch, { radius: 7, palette, setBack: false });
      item.append('text').attr('class', 'fg').attr('x', 20).attr('font-size', size).attr('fill', palette.text).text(d.label);
    });
}

/** On a laptop, each verdict's column head: its badge over its name. */
function drawColumnHeads(
  group: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  columns: readonly VerdictColumn[],
  { size, palette }: { size: number; palette: Palette },
): void {
  group
    .selectAll<SVGGElement, VerdictColumn>('g.verdict-head')
    .data(
      columns,
      keyed((d) => d.verdict),
    )
    .join((enter) => enter.append('g').attr('class', 'verdict-head'))
    .attr('data-key', (d) => d.verdict)
    .each(function (d) {
      const head = select(this);
      head.selectAll('*').remove();
      drawVerdictBadge(head.append('g').attr('transform', `translate(${round(d.x)},${d.badgeY})`), d.verdict, {
        radius: 10,
        palette,
        setBack: false,
      });
      head
        .append('text')
        .attr('class', 'fg verdict-name')
        .attr('text-anchor', 'middle')
        .attr('font-size', size)
        .attr('font-weight', 700)
        .attr('fill', palette.text)
        .selectAll('tspan')
        .data(d.labelLines)
        .join('tspan')
        .attr('x', round(d.x))
        .attr('y', (_, i) => d.labelTop + size + i * (size + 5))
        .text((line) => line);
    });
}

/** Draws or updates the scorecard inside an existing SVG root: a keyed join, so rows fade rather than redraw. */
function drawScorecard(svg: SVGSVGElement, data: ScorecardData, options: DrawOptions): ScorecardState {
  const { width, height = chartHeight(width), locale, theme, idPrefix, duration } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const state = scorecardState(data, options.step);
  const layout = scorecardLayout(data, { width, height, locale, t });
  const { type } = layout;
  const root = select(svg).attr('font-family', fontFamily).attr('font-size', type.point).attr('data-step', state.step);
  // Asides (the hint, a verdict's reason) are set in italics in English; Chinese has no italics and sets them upright.
  const aside = locale === 'zh' ? null : 'italic';
  const setBack = (d: PointLayout) => (state.opacity[d.point.id] ?? 1) < 1;

  drawBackground(root, idPrefix, { width, height, palette });
  const legend = layer(root, idPrefix, 'legend');
  drawLegendEntries(legend, layout.legend, { size: type.legend, palette });
  drawColumnHeads(legend, layout.columns, { size: type.legend, palette });
  legend
    .selectAll<SVGTextElement, null>('text.score-hint')
    .data(layout.hint.lines.length > 0 ? [null] : [])
    .join('text')
    .attr('class', 'muted score-hint')
    // An exported file cannot be hovered or tapped (export/editorSafe.ts leaves it out).
    .attr('data-page-only', '')
    .attr('font-size', type.legend)
    .attr('font-style', aside)
    .attr('fill', palette.muted)
    .selectAll('tspan')
    .data(layout.hint.lines)
    .join('tspan')
    .attr('x', layout.hint.x)
    .attr('y', (_, i) => round(layout.hint.y + i * (type.legend + 5)))
    .text((d) => d);

  const rows = layer(root, idPrefix, 'points')
    .selectAll<SVGGElement, PointLayout>('g.point')
    .data(
      layout.rows,
      keyed((d) => d.point.id),
    )
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'point')
        .attr('data-key', (d) => d.point.id)
        .attr('data-verdict', (d) => d.point.verdict);
      g.each(function (d) {
        const label = pointDescription(d.point, data, locale, t);
        for (const [name, value] of Object.entries(
          evidenceAttributes({ id: d.point.id, label, confidence: d.point.confidence, sources: d.point.sources }),
        ))
          this.setAttribute(name, value);
        select(this).append('title').text(label);
      });
      // The whole row answers a pointer or a tap with its facts, not only its glyphs.
      g.append('rect').attr('class', 'row-target').attr('fill', '#000').attr('fill-opacity', 0);
      g.append('line').attr('class', 'grid point-rule');
      g.append('g').attr('class', 'verdict-badge');
      // Beside a card there is no room to explain the dot: how sure the facts are is in the row's evidence tip.
      if (layout.confidenceDots) g.append('circle').attr('class', 'confidence-dot');
      g.append('text').attr('class', 'fg point-text');
      // A reason is an aside to its point: in the muted grey, which keeps 4.5:1, and upright in Chinese.
      g.append('text').attr('class', 'muted point-reason');
      return g;
    });
  rows.attr('transform', (d) => `translate(0,${round(d.top)})`);
  rows
    .select('.row-target')
    .attr('x', 0)
    .attr('width', width)
    .attr('height', (d) => round(d.height));
  rows
    .select('.point-rule')
    .attr('x1', layout.wide ? 16 : 10)
    .attr('x2', width - (layout.wide ? 16 : 10))
    .attr('y1', 0)
    .attr('y2', 0)
    .attr('stroke', palette.grid);
  rows.select<SVGGElement>('.verdict-badge').each(function (d) {
    const badge = select(this).attr('transform', `translate(${round(d.badgeX)},${d.middleY})`);
    drawVerdictBadge(badge, d.point.verdict, { radius: layout.badge, palette, setBack: setBack(d) });
  });
  rows.select<SVGCircleElement>('.confidence-dot').each(function (d) {
    styleConfidenceDot(select(this).attr('cx', d.dotX).attr('cy', d.middleY), {
      open: isUncertain(d.point.confidence),
      setBack: setBack(d),
      palette,
    });
  });
  rows
    .select('.point-text')
    .attr('fill', palette.text)
    .attr('font-size', type.point)
    .attr('font-weight', layout.wide ? 600 : null)
    .selectAll('tspan')
    .data((d) => d.lines.map((line, i) => ({ line, x: d.textX, y: d.baseline + i * type.pointLine })))
    .join('tspan')
    .attr('x', (d) => round(d.x))
    .attr('y', (d) => d.y)
    .text((d) => d.line);
  rows
    .select('.point-reason')
    .attr('fill', palette.muted)
    .attr('font-size', type.reason)
    .attr('font-style', aside)
    .selectAll('tspan')
    .data((d) =>
      d.reasonLines.map((line, i) => ({
        line,
        x: d.textX,
        y: d.baseline + (d.lines.length - 1) * type.pointLine + type.reasonLine + 1 + i * type.reasonLine,
      })),
    )
    .join('tspan')
    .attr('x', (d) => round(d.x))
    .attr('y', (d) => d.y)
    .text((d) => d.line);
  // A set-back row's badge and dot are greyed above; its text turns the faded grey (shared/fade.ts), which keeps 3:1.
  rows.attr('opacity', null);
  fade(
    rows.selectAll<SVGElement, unknown>('text'),
    (el) => state.opacity[el.closest('g.point')?.getAttribute('data-key') ?? ''] ?? 1,
    duration,
    palette,
  );

  drawStepNote(layer(root, idPrefix, 'note'), {
    noteKey: state.note,
    lines: layout.noteLines(stepNoteText(t, state.note)),
    className: 'fg scorecard-note',
    color: palette.text,
    x: layout.wide ? 16 : 10,
    top: layout.noteTop,
    size: type.note,
    lineHeight: type.noteLine,
  });
  return state;
}

/** The scorecard's moving parts: the same join at build time and in the browser. */
export const scorecardDrawing: ChartDrawing<ScorecardData> = { describe: scorecardDescription, draw: drawScorecard };
