import { keyed } from '../shared/keyed';
import { layer } from '../shared/layers';
import { animate } from '../shared/motion';
import { round } from '../shared/svg';
import { fontSize, type Palette } from '../shared/theme';
import { zoneLeading, type ChipLayout, type ZoneLabel } from './layout';
import type { ChipThresholdsState } from './state';

type Root = Parameters<typeof layer>[0];
type Region = ChipThresholdsState['regions'][number];
type Line = ChipThresholdsState['lines'][number];

/** The rule's geometry: its zones and their names, and its threshold lines with their values. */
export function drawRule(
  root: Root,
  idPrefix: string,
  state: ChipThresholdsState,
  layout: ChipLayout,
  { palette, duration }: { palette: Palette; duration: number },
): void {
  drawRegions(root, idPrefix, state, layout, { palette, duration });
  drawLines(root, idPrefix, state, layout, { palette, duration });
}

function drawRegions(
  root: Root,
  idPrefix: string,
  state: ChipThresholdsState,
  { x, y, zones }: ChipLayout,
  { palette, duration }: { palette: Palette; duration: number },
) {
  const regions = layer(root, idPrefix, 'regions')
    .selectAll<SVGRectElement, Region>('rect')
    .data(
      state.regions,
      keyed((d) => d.id),
    )
    .join((enter) => enter.append('rect').attr('opacity', duration > 0 ? 0 : 1))
    .attr('data-key', (d) => d.id);
  regions.attr('class', (d) => `region-${d.kind}`).attr('fill', (d) => (d.kind === 'controlled' ? palette.controlledFill : palette.notifyFill));
  animate(regions, duration)
    .attr('opacity', 1)
    .attr('x', (d) => round(x(d.x[0])))
    .attr('width', (d) => round(x(d.x[1]) - x(d.x[0])))
    .attr('y', (d) => round(y(d.y[1])))
    .attr('height', (d) => round(y(d.y[0]) - y(d.y[1])));

  // The zones named on the chart, as the legend names them: the licence zone in its colour and larger.
  const colour = { controlled: palette.controlled, notify: palette.notify, outside: palette.muted };
  const labels = layer(root, idPrefix, 'region-labels')
    .selectAll<SVGTextElement, ZoneLabel>('text')
    .data(
      zones,
      keyed((d) => d.id),
    )
    .join((enter) => enter.append('text').attr('opacity', duration > 0 ? 0 : 1))
    .attr('data-key', (d) => d.id)
    .attr('class', (d) => (d.id === 'outside' ? 'muted zone-label' : `status-text-${d.id} zone-label`))
    .attr('text-anchor', (d) => d.anchor)
    .attr('font-weight', 700)
    .attr('font-size', (d) => (d.id === 'controlled' ? null : fontSize.annotation))
    .attr('fill', (d) => colour[d.id]);
  const spans = labels
    .selectAll<SVGTSpanElement, { line: string; i: number; zone: ZoneLabel }>('tspan')
    .data((zone) => zone.lines.map((line, i) => ({ line, i, zone })))
    .join('tspan')
    .attr('dy', ({ i }) => (i === 0 ? null : zoneLeading))
    .text(({ line }) => line);
  animate(labels, duration)
    .attr('opacity', 1)
    .attr('y', (d) => d.y);
  animate(spans, duration).attr('x', ({ zone }) => zone.x);
}

function drawLines(
  root: Root,
  idPrefix: string,
  state: ChipThresholdsState,
  { lines }: ChipLayout,
  { palette, duration }: { palette: Palette; duration: number },
) {
  const at = (d: Line) => lines.get(d.id)!;
  const color = (d: Line) => (d.kind === 'controlled' ? palette.controlled : palette.notify);
  const groups = layer(root, idPrefix, 'thresholds')
    .selectAll<SVGGElement, Line>('g.threshold')
    .data(
      state.lines,
      keyed((d) => d.id),
    )
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'threshold')
        .attr('opacity', duration > 0 ? 0 : 1);
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('data-key', (d) => d.id);
  groups
    .select('line')
    .attr('class', (d) => `line-${d.kind}`)
    .attr('stroke', color)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 3')
    .attr('data-label-clear', (d) => at(d).text);
  groups
    .select('text')
    .attr('class', (d) => `status-text-${d.kind}`)
    .attr('fill', color)
    .attr('font-size', fontSize.annotation)
    .attr('text-anchor', (d) => at(d).label.anchor)
    .text((d) => at(d).text);
  animate(groups, duration).attr('opacity', 1);
  animate(groups.select<SVGLineElement>('line'), duration)
    .attr('x1', (d) => at(d).x1)
    .attr('x2', (d) => at(d).x2)
    .attr('y1', (d) => at(d).y1)
    .attr('y2', (d) => at(d).y2);
  animate(groups.select<SVGTextElement>('text'), duration)
    .attr('x', (d) => at(d).label.x)
    .attr('y', (d) => at(d).label.y);
}
