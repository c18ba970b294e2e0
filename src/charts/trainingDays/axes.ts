import { evidenceAttributes } from '../shared/evidence';
import { formatNumber } from '../shared/format';
import { layer } from '../shared/layers';
import { animate } from '../shared/motion';
import { round } from '../shared/svg';
import { fontSize } from '../shared/theme';
import { sourceNames } from './describe';
import type { Frame } from './draw';
import { formatDays } from './format';
import type { TrainingDaysData } from './prepare';
import { guideDays, wankaGpus, xTicks, yTicks, type TrainingDaysState } from './state';
import { keyed } from '../shared/keyed';

/** Grid, tick labels and axis titles; the scales are fixed, so these never change between steps. */
export function drawAxes(frame: Frame): void {
  const { root, idPrefix, width, height, margin, x, y, palette, locale, t } = frame;
  const axes = layer(root, idPrefix, 'axes');
  // Counts as the prose prints them (10,000 / 1 万), on this axis as on every other.
  const gpuLabel = (value: number) => formatNumber(locale, value);
  const ticks = [
    ...xTicks.map((value) => ({ id: `x-${value}`, axis: 'x', value, label: gpuLabel(value) })),
    ...yTicks.map((value) => ({ id: `y-${value}`, axis: 'y', value, label: formatNumber(locale, value, 1) })),
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
    .attr('text-anchor', (d) => (d.axis === 'x' ? 'middle' : 'end'))
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

/** Calendar guides (30 days, a year) across the plot, and the essay's GPU counts down it. */
export function drawReferences(frame: Frame, data: TrainingDaysData, state: TrainingDaysState): void {
  const { root, idPrefix, width, height, margin, x, y, palette, locale, t, duration } = frame;
  const [first, last] = [state.curve[0]!, state.curve[state.curve.length - 1]!];
  // Each guide's label goes to the end of the plot where the line is farther away from it.
  const distance = (days: number, guide: number) => Math.abs(Math.log10(days) - Math.log10(guide));
  const guides = guideDays.map((g) => ({
    ...g,
    label: g.id === 'year' ? t('days.guide.year') : formatDays(locale, t, g.days),
    side: distance(first.days, g.days) > distance(last.days, g.days) ? 'start' : 'end',
  }));
  const guide = layer(root, idPrefix, 'guides')
    .selectAll<SVGGElement, (typeof guides)[number]>('g.guide')
    .data(
      guides,
      keyed((d) => d.id),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'guide');
      g.append('line');
      g.append('text').attr('class', 'muted');
      return g;
    })
    .attr('data-key', (d) => d.id)
    .attr('data-guide', (d) => d.id);
  guide
    .select('line')
    .attr('stroke', palette.muted)
    .attr('stroke-dasharray', '2 3')
    .attr('x1', margin.left)
    .attr('x2', width - margin.right)
    .attr('y1', (d) => round(y(d.days)))
    .attr('y2', (d) => round(y(d.days)));
  const guideText = guide
    .select<SVGTextElement>('text')
    .attr('font-size', fontSize.annotation)
    .attr('fill', palette.muted)
    .attr('y', (d) => round(y(d.days) - 5))
    .attr('text-anchor', (d) => d.side)
    .text((d) => d.label);
  animate(guideText, duration).attr('x', (d) => (d.side === 'end' ? width - margin.right - 2 : margin.left + 4));

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
      this.querySelector('title')!.textContent = label;
    });
  const color = (kind: 'notify' | 'controlled') => (kind === 'notify' ? palette.notify : palette.controlled);
  reference
    .select('line')
    .attr('class', (d) => `line-${d.kind}`)
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
    .attr('class', (d) => `status-text-${d.kind}`)
    .attr('fill', (d) => color(d.kind))
    .attr('font-size', fontSize.annotation)
    .attr('font-weight', 600)
    .attr('x', (d) => round(x(d.gpus)))
    .attr('y', margin.top - 9)
    .text((d) => d.text);
}
