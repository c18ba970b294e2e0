import { select, type Selection } from 'd3-selection';
import { legendFlow, legendHeight, legendRowHeight } from './legendFlow';
import type { Palette } from './theme';
import { keyed } from './keyed';

export interface LegendItem {
  id: string;
  label: string;
  /** A dot, hollow for estimates; a bar for a colour alone; or the shape a mark takes (GPU counts: what was counted). */
  swatch: 'dot' | 'hollow-dot' | 'bar' | 'square' | 'diamond' | 'triangle';
  color: string;
  fill: string;
  className: string;
}

/** Swatches drawn as paths, in the 10 px box a dot takes (centre 5, −4). */
const symbolPaths: Partial<Record<LegendItem['swatch'], string>> = {
  bar: 'M0,-8h10v8h-10z',
  square: 'M0.5,-8.5h9v9h-9z',
  diamond: 'M5,-10L11,-4L5,2L-1,-4z',
  triangle: 'M5,-10L10.5,0H-0.5z',
};

/** Legend entries flowed left to right and wrapped to the chart's width; returns the height it took. */
export function drawLegend(
  group: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  items: readonly LegendItem[],
  { x, y, width, fontSize, palette }: { x: number; y: number; width: number; fontSize: number; palette: Palette },
): number {
  const labels = items.map((item) => item.label);
  const flow = legendFlow(labels, width, { fontSize });
  const placed = items.map((item, i) => ({ item, x: x + flow[i]!.x, y: y + flow[i]!.row * legendRowHeight(fontSize) }));
  const entries = group
    .selectAll<SVGGElement, (typeof placed)[number]>('g.legend-item')
    .data(
      placed,
      keyed((d) => d.item.id),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'legend-item');
      g.each(function (d) {
        if (d.item.swatch in symbolPaths) select(this).append('path').attr('class', 'swatch').attr('d', symbolPaths[d.item.swatch]!);
        else select(this).append('circle').attr('r', 5).attr('cy', -4);
      });
      g.append('text').attr('x', 15).attr('class', 'fg');
      return g;
    })
    .attr('data-key', (d) => d.item.id)
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  entries
    .select('circle')
    .attr('class', (d) => d.item.className)
    .attr('cx', 5)
    .attr('fill', (d) => d.item.fill)
    .attr('stroke', (d) => d.item.color)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', (d) => (d.item.swatch === 'hollow-dot' ? '2 2' : null));
  entries
    .select('path.swatch')
    .attr('class', (d) => `swatch ${d.item.className}`)
    .attr('fill', (d) => d.item.fill)
    .attr('stroke', (d) => d.item.color)
    .attr('stroke-width', 1);
  entries
    .select('text')
    .attr('fill', palette.text)
    .text((d) => d.item.label);
  return legendHeight(labels, width, { fontSize });
}
