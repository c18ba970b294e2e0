import { evidenceAttributes } from '../shared/evidence';
import { formatNumber } from '../shared/format';
import { layer } from '../shared/layers';
import { round } from '../shared/svg';
import { fontSize } from '../shared/theme';
import { sourceNames } from './describe';
import type { Frame } from './frame';
import { formatDaysTick } from './format';
import type { TrainingDaysData } from './prepare';
import { wankaGpus } from '../../data/constants';
import { xTicks, yTicks } from './state';
import { keyed } from '../shared/keyed';

/** Grid, tick labels and axis titles; the scales are fixed, so these never change between steps. */
export function drawAxes(frame: Frame): void {
  const { root, idPrefix, width, height, narrow, short, margin, x, y, palette, locale, t } = frame;
  const axes = layer(root, idPrefix, 'axes');
  // A short screen's plot has no room between a month and a week for two labels: the week's gridline stays unnamed.
  const daysLabel = (id: (typeof yTicks)[number]['id']) => (short && id === 'week' ? '' : formatDaysTick(t, id));
  // Counts as the prose prints them (10,000 / 1 万), on this axis as on every other. A phone's drawing has room to
  // name only the powers of ten; the gridlines between them stay.
  const named = (value: number) => !narrow || Number.isInteger(Math.log10(value));
  const gpuLabel = (value: number) => (named(value) ? formatNumber(locale, value) : '');
  const ticks = [
    ...xTicks.map((value) => ({ id: `x-${value}`, axis: 'x', value, label: gpuLabel(value) })),
    ...yTicks.map((tick) => ({ id: `y-${tick.id}`, axis: 'y', value: tick.days, label: daysLabel(tick.id) })),
  ];
  const tick = axes
    .selectAll<SVGGElement, (typeof ticks)[number]>('g.tick')
    .data(
      ticks,
      keyed((d) => d.id),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tick');
      g.append('line').attr('class', 'grid');
      g.append('text').attr('class', 'muted');
      return g;
    })
    .attr('data-key', (d) => d.id);
  tick
    .select('line')
    .attr('stroke', palette.grid)
    .attr('x1', (d) => round(d.axis === 'x' ? x(d.value) : margin.left))
    .attr('x2', (d) => round(d.axis === 'x' ? x(d.value) : width - margin.right))
    .attr('y1', (d) => round(d.axis === 'x' ? margin.top : y(d.value)))
    .attr('y2', (d) => round(d.axis === 'x' ? height - margin.bottom : y(d.value)));
  tick
    .select('text')
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    // The last GPU count ends at its gridline, so a long figure (100,000) stays inside a phone's drawing.
    .attr('text-anchor', (d) => (d.axis === 'x' ? (d.value === xTicks[xTicks.length - 1] ? 'end' : 'middle') : 'end'))
    .attr('x', (d) => round(d.axis === 'x' ? x(d.value) : margin.left - 6))
    .attr('y', (d) => round(d.axis === 'x' ? height - margin.bottom + 17 : y(d.value) + 4))
    .text((d) => d.label);

  const titles = [
    { id: 'x-title', text: t('days.axis.x'), x: width - margin.right, y: height - 8, anchor: 'end' },
    { id: 'y-title', text: t('days.axis.y'), x: 8, y: margin.top - 26, anchor: 'start' },
  ];
  axes
    .selectAll<SVGTextElement, (typeof titles)[number]>('text.axis-title')
    .data(
      titles,
      keyed((d) => d.id),
    )
    .join('text')
    .attr('data-key', (d) => d.id)
    .attr('class', 'axis-title muted')
    .attr('fill', palette.muted)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => d.text);
}

/** The essay's GPU counts down the plot; the axis of days names a month and a year itself. */
export function drawReferences(frame: Frame, data: TrainingDaysData): void {
  const { root, idPrefix, height, margin, x, palette, locale, t } = frame;
  const { essayGpus } = data;
  const essaySources = essayGpus.sources;
  const references = [
    {
      id: 'essay-gpus',
      gpus: essayGpus.gpus,
      kind: 'notify',
      text: t('days.ref.essay', { value: formatNumber(locale, essayGpus.gpus) }),
      label: t('days.ref.essay.mark', { low: formatNumber(locale, essayGpus.low), high: formatNumber(locale, essayGpus.gpus) }),
      confidence: essayGpus.confidence,
    },
    {
      id: 'wanka',
      gpus: wankaGpus,
      kind: 'controlled',
      text: t('days.ref.wanka', { value: formatNumber(locale, wankaGpus) }),
      label: t('days.ref.wanka.mark', { value: formatNumber(locale, wankaGpus) }),
      confidence: essayGpus.confidence,
    },
  ] as const;
  const reference = layer(root, idPrefix, 'references')
    .selectAll<SVGGElement, (typeof references)[number]>('g.reference')
    .data(
      references,
      keyed((d) => d.id),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'reference');
      g.append('title');
      g.append('line');
      g.append('text').attr('text-anchor', 'middle');
      return g;
    })
    .attr('data-key', (d) => d.id)
    .each(function (d) {
      const label = `${d.label} ${t('figure.sources')}: ${sourceNames(data, essaySources)}`;
      for (const [name, value] of Object.entries(evidenceAttributes({ id: d.id, label, confidence: d.confidence, sources: essaySources })))
        this.setAttribute(name, value);
      const title = this.querySelector('title');
      // A page's drawings carry their marks' titles only once the figure's payload arrives (shared/browser/markEvidence.ts).
      if (title) title.textContent = label;
    });
  // The essay's figure in China's colour, the 万卡 line a neutral reference (shared/theme.ts).
  const color = (kind: 'notify' | 'controlled') => (kind === 'notify' ? palette.china : palette.muted);
  const lineClass = { notify: 'cat-china', controlled: 'line-reference' } as const;
  const textClass = { notify: 'cat-china', controlled: 'muted' } as const;
  reference
    .select('line')
    .attr('class', (d) => lineClass[d.kind])
    .attr('stroke', (d) => color(d.kind))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 3')
    .attr('data-label-clear', (d) => d.text)
    .attr('x1', (d) => round(x(d.gpus)))
    .attr('x2', (d) => round(x(d.gpus)))
    .attr('y1', margin.top - 4)
    .attr('y2', height - margin.bottom);
  reference
    .select('text')
    .attr('class', (d) => textClass[d.kind])
    .attr('fill', (d) => color(d.kind))
    .attr('font-size', fontSize.annotation)
    .attr('font-weight', 600)
    .attr('x', (d) => round(x(d.gpus)))
    .attr('y', margin.top - 9)
    .text((d) => d.text);
}
