import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import { keyed } from '../shared/keyed';
import { layer } from '../shared/layers';
import { animate } from '../shared/motion';
import { round } from '../shared/svg';
import { fontSize, type Palette } from '../shared/theme';
import type { ChipLayout } from './layout';
import { xTicks, type ChipThresholdsState } from './state';

type Root = Parameters<typeof layer>[0];

/** Grid, ticks and the axes' titles, with the rule's name above them: the y axis changes with the rule. */
export function drawAxes(
  root: Root,
  idPrefix: string,
  state: ChipThresholdsState,
  layout: ChipLayout,
  { palette, locale, t, duration }: { palette: Palette; locale: Locale; t: Translate; duration: number },
): void {
  const { x, y, margin, width, height } = layout;
  const grid = layer(root, idPrefix, 'axes');
  const xTick = grid
    .selectAll<SVGGElement, number>('g.x-tick')
    .data(
      xTicks,
      keyed((d) => String(d)),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'x-tick');
      g.append('line').attr('class', 'grid');
      g.append('text').attr('class', 'muted').attr('text-anchor', 'middle');
      return g;
    })
    .attr('data-key', (d) => String(d));
  xTick
    .select('line')
    .attr('x1', (d) => round(x(d)))
    .attr('x2', (d) => round(x(d)))
    .attr('y1', margin.top)
    .attr('y2', height - margin.bottom)
    .attr('stroke', palette.grid);
  xTick
    .select('text')
    .attr('x', (d) => round(x(d)))
    .attr('y', height - margin.bottom + 16)
    .attr('text-anchor', (d) => (d === xTicks[xTicks.length - 1] ? 'end' : d === xTicks[0] ? 'start' : 'middle'))
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    .text((d) => formatNumber(locale, d));

  // Keyed by metric as well as value: the interconnect ticks leave and the density ticks arrive.
  const yTick = grid
    .selectAll<SVGGElement, number>('g.y-tick')
    .data(
      state.yTicks,
      keyed((d) => `${state.yMetric}-${d}`),
    )
    .join(
      (enter) => {
        // Before the titles, where a drawing made at this step has them.
        const g = enter
          .insert('g', 'text.axis-title')
          .attr('class', 'y-tick')
          .attr('opacity', duration > 0 ? 0 : 1);
        g.append('line').attr('class', 'grid');
        g.append('text').attr('class', 'muted').attr('text-anchor', 'end');
        return g;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('data-key', (d) => `${state.yMetric}-${d}`);
  animate(yTick, duration).attr('opacity', 1);
  yTick
    .select('line')
    .attr('x1', margin.left)
    .attr('x2', width - margin.right)
    .attr('y1', (d) => round(y(d)))
    .attr('y2', (d) => round(y(d)))
    .attr('stroke', palette.grid);
  yTick
    .select('text')
    .attr('x', margin.left - 6)
    .attr('y', (d) => round(y(d) + 4))
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    .text((d) => formatNumber(locale, d));

  const titles = [
    {
      id: 'x-title',
      // On a phone the long name of TPP gives way, so the scale's key fits.
      text: t(`${state.rule === '2022' ? 'chip.axis.compute2022' : 'chip.axis.tpp'}${layout.narrow ? '.narrow' : ''}`),
      x: width - margin.right,
      y: height - 6,
      anchor: 'end',
    },
    {
      id: 'y-title',
      text: t(state.yMetric === 'interconnect' ? 'chip.axis.interconnect' : 'chip.axis.density'),
      x: 8,
      y: margin.top - 28,
      anchor: 'start',
    },
    {
      id: 'rule-title',
      text: t(state.rule === '2022' ? 'chip.rule.2022' : state.axesChanged ? 'chip.rule.2023.newAxes' : 'chip.rule.2023'),
      x: 8,
      y: margin.top - 48,
      anchor: 'start',
    },
  ];
  // Where the rule changes, the axes' titles change with it, set in the text colour and bold so the swap is seen.
  const strong = (d: (typeof titles)[number]) => d.id === 'rule-title' || state.axesChanged;
  grid
    .selectAll<SVGTextElement, (typeof titles)[number]>('text.axis-title')
    .data(
      titles,
      keyed((d) => d.id),
    )
    .join('text')
    .attr('data-key', (d) => d.id)
    .attr('class', (d) => (strong(d) ? 'axis-title fg' : 'axis-title muted'))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('text-anchor', (d) => d.anchor)
    .attr('font-weight', (d) => (strong(d) ? 700 : 400))
    .attr('fill', (d) => (strong(d) ? palette.text : palette.muted))
    .text((d) => d.text);
}
