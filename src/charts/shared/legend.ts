import type { Selection } from 'd3-selection';
import type { Palette } from './theme';
import { keyed } from './keyed';
import { textWidthEm } from './wrapText';

export interface LegendItem {
  id: string;
  label: string;
  swatch: 'dot' | 'hollow-dot';
  color: string;
  fill: string;
  className: string;
}

/** Legend entries flowed left to right and wrapped to the chart's width; returns the height it took. */
export function drawLegend(
  group: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  items: readonly LegendItem[],
  { x, y, width, fontSize, palette }: { x: number; y: number; width: number; fontSize: number; palette: Palette },
): number {
  const rowHeight = fontSize + 8;
  let cursorX = 0;
  let row = 0;
  const placed = items.map((item) => {
    const itemWidth = 15 + textWidthEm(item.label) * fontSize + 16;
    if (cursorX > 0 && cursorX + itemWidth > width) {
      cursorX = 0;
      row += 1;
    }
    const position = { item, x: x + cursorX, y: y + row * rowHeight };
    cursorX += itemWidth;
    return position;
  });
  const entries = group
    .selectAll<SVGGElement, (typeof placed)[number]>('g.legend-item')
    .data(
      placed,
      keyed((d) => d.item.id),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'legend-item');
      g.append('circle').attr('r', 5).attr('cy', -4);
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
    .select('text')
    .attr('fill', palette.text)
    .text((d) => d.item.label);
  return (row + 1) * rowHeight;
}
