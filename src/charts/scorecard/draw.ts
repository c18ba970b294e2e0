import { select } from 'd3-selection';
import { translator } from '../../i18n/ui';
import type { ChartDrawing, DrawOptions } from '../shared/drawing';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { keyed } from '../shared/keyed';
import { drawBackground } from '../shared/background';
import { layer } from '../shared/layers';
import { drawLegend } from '../shared/legend';
import { drawStepNote } from '../shared/stepNote';
import { fade } from '../shared/fade';
import { round } from '../shared/svg';
import { fontFamily, fontSize, palettes, type Palette } from '../shared/theme';
import { chartHeight, lineHeight, noteLine, reasonLine, scorecardLayout, type PointLayout } from './layout';
import type { ScorecardData } from './prepare';
import { scorecardState, type ScorecardState } from './state';
import { pointDescription, scorecardDescription, verdictText } from './text';
import type { Verdict } from '../../data/scorecard';

/** Each verdict's colour and the class by which dark mode recolours it. */
// A verdict is written beside its marker; the marker needs no colour of its own, so the story's colours keep
// their one meaning each (shared/theme.ts): ink for a verdict, the neutral for context where there is no evidence.
const verdictStyle: Record<Verdict, { color: (p: Palette) => string; className: string }> = {
  supported: { color: (p) => p.text, className: 'ink' },
  mixed: { color: (p) => p.text, className: 'ink' },
  undercut: { color: (p) => p.text, className: 'ink' },
  'no-evidence': { color: (p) => p.context, className: 'cat-context' },
};

/** Draws or updates the scorecard inside an existing SVG root: a keyed join, so rows fade rather than redraw. */
function drawScorecard(svg: SVGSVGElement, data: ScorecardData, options: DrawOptions): ScorecardState {
  const { width, height = chartHeight(width), locale, theme, idPrefix, duration } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const state = scorecardState(data, options.step);
  const layout = scorecardLayout(data, { width, height, locale, t });
  const root = select(svg).attr('font-family', fontFamily).attr('font-size', fontSize.label).attr('data-step', state.step);

  drawBackground(root, idPrefix, { width, height, palette });
  drawLegend(
    layer(root, idPrefix, 'legend'),
    [
      { id: 'solid', label: t('score.legend.solid'), swatch: 'dot', color: palette.muted, fill: palette.muted, className: 'muted' },
      {
        id: 'hollow',
        label: t('score.legend.hollow'),
        swatch: 'hollow-dot',
        color: palette.muted,
        fill: palette.background,
        className: 'muted hollow',
      },
    ],
    { x: 8, y: layout.legendTop, width: width - 16, fontSize: fontSize.legend, palette },
  );

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
      g.append('line').attr('class', 'grid point-rule');
      g.append('circle').attr('class', 'verdict-marker');
      g.append('text').attr('class', 'fg verdict');
      g.append('text').attr('class', 'fg point-text');
      g.append('text').attr('class', 'fg point-reason');
      return g;
    });
  rows.attr('transform', (d) => `translate(0,${round(d.top)})`);
  rows
    .select('.point-rule')
    .attr('x1', 8)
    .attr('x2', width - 8)
    .attr('y1', 0)
    .attr('y2', 0)
    .attr('stroke', palette.grid);
  const uncertain = (d: PointLayout) => isUncertain(d.point.confidence);
  rows
    .select('.verdict-marker')
    .attr('class', (d) => `verdict-marker ${verdictStyle[d.point.verdict].className}${uncertain(d) ? ' hollow' : ''}`)
    .attr('cx', (d) => d.markerX)
    .attr('cy', 6 + lineHeight / 2)
    .attr('r', 6)
    .attr('fill', (d) => (uncertain(d) ? palette.background : verdictStyle[d.point.verdict].color(palette)))
    .attr('stroke', (d) => verdictStyle[d.point.verdict].color(palette))
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', (d) => (uncertain(d) ? '2 2' : null));
  rows
    .select('.verdict')
    .attr('x', (d) => d.verdictX)
    .attr('y', 6 + 12)
    .attr('font-weight', 700)
    .attr('fill', palette.text)
    .text((d) => verdictText(d.point, t));
  rows
    .select('.point-text')
    .attr('fill', palette.text)
    .selectAll('tspan')
    .data((d) => d.lines.map((line, i) => ({ line, x: d.textX, y: 6 + 12 + i * lineHeight })))
    .join('tspan')
    .attr('x', (d) => round(d.x))
    .attr('y', (d) => d.y)
    .text((d) => d.line);
  rows
    .select('.point-reason')
    .attr('fill', palette.text)
    .attr('font-size', fontSize.annotation)
    .attr('font-style', 'italic')
    .selectAll('tspan')
    .data((d) => d.reasonLines.map((line, i) => ({ line, x: d.textX, y: 6 + 12 + d.lines.length * lineHeight + i * reasonLine })))
    .join('tspan')
    .attr('x', (d) => round(d.x))
    .attr('y', (d) => d.y)
    .text((d) => d.line);
  // Marks fade by opacity, text to the faded grey (shared/fade.ts), found by their row's key.
  rows.attr('opacity', null);
  fade(
    rows.selectAll<SVGElement, unknown>('line, circle, text'),
    (el) => state.opacity[el.closest('g.point')?.getAttribute('data-key') ?? ''] ?? 1,
    duration,
    palette,
  );

  drawStepNote(layer(root, idPrefix, 'note'), {
    noteKey: state.note,
    lines: layout.noteLines(t(state.note)),
    className: 'fg scorecard-note',
    color: palette.text,
    x: 12,
    top: layout.noteTop,
    size: fontSize.label,
    lineHeight: noteLine,
  });
  return state;
}

/** The scorecard's moving parts: the same join at build time and in the browser. */
export const scorecardDrawing: ChartDrawing<ScorecardData> = { describe: scorecardDescription, draw: drawScorecard };
