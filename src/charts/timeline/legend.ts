import type { Selection } from 'd3-selection';
import type { Translate } from '../../i18n/ui';
import { isUncertain } from '../shared/evidence';
import { fontSize, type Palette } from '../shared/theme';
import { legendFlow, legendHeight, legendRowHeight } from '../shared/legendFlow';
import type { TimelineData } from './prepare';
import { keyed } from '../shared/keyed';

// The shared legend knows only dots; this chart also needs a dot on a whisker for events dated to a month or a year.

export interface TimelineLegendItem {
  id: 'day' | 'period' | 'uncertain';
  label: string;
  swatch: 'dot' | 'bar' | 'hollow-dot';
}

export function timelineLegendItems(data: TimelineData, t: Translate): TimelineLegendItem[] {
  const items: TimelineLegendItem[] = [
    { id: 'day', label: t('timeline.legend.day'), swatch: 'dot' },
    { id: 'period', label: t('timeline.legend.period'), swatch: 'bar' },
  ];
  // Only when the data hold one: a key for a mark the chart never draws would mislead.
  if (data.events.some((e) => isUncertain(e.confidence))) items.push({ id: 'uncertain', label: t('legend.estimate'), swatch: 'hollow-dot' });
  return items;
}

// The month-or-year swatch is wider than a dot: entries are spaced for it.
const swatchWidth = 22;
const labelsOf = (items: readonly TimelineLegendItem[]) => items.map((item) => item.label);

/** Items flowed left to right and wrapped to the width, as the shared legend does. */
function legendPositions(items: readonly TimelineLegendItem[], width: number): { item: TimelineLegendItem; x: number; row: number }[] {
  const flow = legendFlow(labelsOf(items), width, { fontSize: fontSize.legend, swatchWidth });
  return items.map((item, i) => ({ item, ...flow[i]! }));
}

export function timelineLegendHeight(items: readonly TimelineLegendItem[], width: number): number {
  return 18 + legendHeight(labelsOf(items), width, { swatchWidth });
}

export function drawTimelineLegend(
  group: Selection<SVGGElement, null, SVGSVGElement, unknown>,
  items: readonly TimelineLegendItem[],
  { x, y, width, palette }: { x: number; y: number; width: number; palette: Palette },
): void {
  const entries = group
    .selectAll<SVGGElement, ReturnType<typeof legendPositions>[number]>('g.legend-item')
    .data(
      legendPositions(items, width),
      keyed((d) => d.item.id),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'legend-item');
      g.append('path');
      g.append('text').attr('x', swatchWidth).attr('class', 'fg');
      return g;
    })
    .attr('data-key', (d) => d.item.id)
    .attr('transform', (d) => `translate(${x + d.x},${y + d.row * legendRowHeight(fontSize.legend)})`);
  entries
    .select('path')
    // The month-or-year mark: a small dot on a whisker with end caps, as the chart draws it.
    .attr('d', (d) =>
      d.item.swatch === 'bar' ? 'M1,-9v8M1,-5h16M17,-9v8M6,-5a3,3 0 1,0 6,0a3,3 0 1,0 -6,0' : 'M4,-5a5,5 0 1,0 10,0a5,5 0 1,0 -10,0',
    )
    .attr('class', (d) => (d.item.swatch === 'hollow-dot' ? 'muted hollow' : 'muted'))
    .attr('fill', (d) => (d.item.swatch === 'hollow-dot' ? palette.background : palette.muted))
    .attr('stroke', palette.muted)
    .attr('stroke-width', (d) => (d.item.swatch === 'hollow-dot' ? 2 : d.item.swatch === 'bar' ? 1.5 : 0))
    .attr('stroke-dasharray', (d) => (d.item.swatch === 'hollow-dot' ? '2 2' : null));
  entries
    .select('text')
    .attr('font-size', fontSize.legend)
    .attr('fill', palette.text)
    .text((d) => d.item.label);
}
