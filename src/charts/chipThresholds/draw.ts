import { select } from 'd3-selection';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import { translator, type Translate, type UiKey } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import { lineBox, placeLabels, textBox, type Box } from '../shared/labels';
import { keyed } from '../shared/keyed';
import { layer } from '../shared/layers';
import { drawLegend } from '../shared/legend';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { animate } from '../shared/motion';
import { fontFamily, fontSize, palettes, type Palette } from '../shared/theme';
import { round } from '../shared/svg';
import type { ChipThresholdsData } from './prepare';
import { chipThresholdsState, xTicks, type ChipMark, type ChipThresholdsState } from './state';
import type { DrawOptions } from '../shared/d3Chart';

export type { DrawOptions };

// On a phone the drawing leaves the lower part of the screen to the step's text: a shorter plot, same marks.
export function chartHeight(width: number): number {
  return width < 520 ? 380 : 480;
}

/** Draws or updates the chart inside an existing SVG root: a keyed join, so marks move rather than redraw. */
export function drawChipThresholds(svg: SVGSVGElement, data: ChipThresholdsData, options: DrawOptions): ChipThresholdsState {
  const { width, locale, theme, idPrefix, duration } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const state = chipThresholdsState(data, options.step);
  const height = chartHeight(width);
  const narrow = width < 520;
  const root = select(svg).attr('font-family', fontFamily).attr('font-size', fontSize.label).attr('data-step', state.step);

  layer(root, idPrefix, 'background')
    .selectAll('rect')
    .data([null])
    .join('rect')
    .attr('class', 'bg')
    .attr('width', width)
    .attr('height', height)
    .attr('fill', palette.background);

  const legendHeight = drawLegend(layer(root, idPrefix, 'legend'), legendItems(t, palette), {
    x: 8,
    y: 18,
    width: width - 16,
    fontSize: fontSize.legend,
    palette,
  });
  const margin = { top: legendHeight + (narrow ? 70 : 80), right: narrow ? 14 : 24, bottom: narrow ? 42 : 48, left: narrow ? 40 : 52 };
  const x = scaleLog()
    .domain(state.xDomain)
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain(state.yDomain)
    .range([height - margin.bottom, margin.top]);

  drawGrid(root, idPrefix, state, x, y, { width, height, margin, palette, locale, t, duration });
  const obstacles = [
    ...drawRegions(root, idPrefix, state, x, y, palette, t, duration),
    ...drawThresholdLines(root, idPrefix, state, x, y, { palette, locale, t, duration, margin }),
  ];
  drawMarks(root, idPrefix, state, x, y, data, obstacles, { palette, locale, t, duration, narrow, margin, width, height });
  return state;
}

type Scale = (value: number) => number;
interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function legendItems(t: Translate, palette: Palette) {
  return [
    {
      id: 'controlled',
      label: t('chip.status.controlled'),
      swatch: 'dot',
      color: palette.controlled,
      fill: palette.controlled,
      className: 'status-controlled',
    },
    { id: 'notify', label: t('chip.status.notify'), swatch: 'dot', color: palette.notify, fill: palette.notify, className: 'status-notify' },
    { id: 'outside', label: t('chip.status.outside'), swatch: 'dot', color: palette.outside, fill: palette.outside, className: 'status-outside' },
    { id: 'estimate', label: t('legend.estimate'), swatch: 'hollow-dot', color: palette.muted, fill: palette.background, className: 'hollow' },
  ] as const;
}

function drawGrid(
  root: Parameters<typeof layer>[0],
  idPrefix: string,
  state: ChipThresholdsState,
  x: Scale,
  y: Scale,
  {
    width,
    height,
    margin,
    palette,
    locale,
    t,
    duration,
  }: { width: number; height: number; margin: Margin; palette: Palette; locale: Locale; t: Translate; duration: number },
) {
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
        const g = enter
          .append('g')
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
      text: t(state.rule === '2022' ? 'chip.axis.compute2022' : 'chip.axis.tpp'),
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
    { id: 'rule-title', text: t(state.rule === '2022' ? 'chip.rule.2022' : 'chip.rule.2023'), x: 8, y: margin.top - 48, anchor: 'start' },
  ];
  grid
    .selectAll<SVGTextElement, (typeof titles)[number]>('text.axis-title')
    .data(
      titles,
      keyed((d) => d.id),
    )
    .join('text')
    .attr('data-key', (d) => d.id)
    .attr('class', (d) => (d.id === 'rule-title' ? 'axis-title fg' : 'axis-title muted'))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('text-anchor', (d) => d.anchor)
    .attr('font-weight', (d) => (d.id === 'rule-title' ? 700 : null))
    .attr('fill', (d) => (d.id === 'rule-title' ? palette.text : palette.muted))
    .text((d) => d.text);
}

function drawRegions(
  root: Parameters<typeof layer>[0],
  idPrefix: string,
  state: ChipThresholdsState,
  x: Scale,
  y: Scale,
  palette: Palette,
  t: Translate,
  duration: number,
): Box[] {
  const regions = layer(root, idPrefix, 'regions')
    .selectAll<SVGRectElement, ChipThresholdsState['regions'][number]>('rect')
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

  const main = state.regions.find((r) => r.id === 'controlled-a')!;
  // Top left of the box in 2022; bottom right in 2023, where no chip sits.
  const corner =
    state.rule === '2022'
      ? { x: x(main.x[0]) + 6, y: y(main.y[1]) + 18, anchor: 'start' as const }
      : { x: x(main.x[1]) - 6, y: y(main.y[0]) - 10, anchor: 'end' as const };
  const labelX = round(corner.x);
  const labelY = round(corner.y);
  const label = layer(root, idPrefix, 'region-labels')
    .selectAll<SVGTextElement, typeof main>('text')
    .data(
      [main],
      keyed((d) => d.id),
    )
    .join('text')
    .attr('data-key', (d) => d.id)
    .attr('class', 'status-text-controlled')
    .attr('text-anchor', corner.anchor)
    .attr('font-weight', 700)
    .attr('fill', palette.controlled)
    .text(t('chip.status.controlled'));
  animate(label, duration).attr('x', labelX).attr('y', labelY);
  return [textBox(t('chip.status.controlled'), labelX, labelY, fontSize.label, corner.anchor)];
}

function drawThresholdLines(
  root: Parameters<typeof layer>[0],
  idPrefix: string,
  state: ChipThresholdsState,
  x: Scale,
  y: Scale,
  { palette, locale, t, duration, margin }: { palette: Palette; locale: Locale; t: Translate; duration: number; margin: Margin },
): Box[] {
  const [x0, x1] = [x(state.xDomain[0]), x(state.xDomain[1])];
  const [yBottom, yTop] = [y(state.yDomain[0]), y(state.yDomain[1])];
  const lineLabel = (line: ChipThresholdsState['lines'][number]) => {
    if (line.axis === 'x') return formatNumber(locale, line.value);
    const key: UiKey = state.yMetric === 'interconnect' ? 'chip.line.interconnect' : 'chip.line.density';
    return t(key, { value: formatNumber(locale, line.value, 2) });
  };
  const lines = layer(root, idPrefix, 'thresholds')
    .selectAll<SVGGElement, ChipThresholdsState['lines'][number]>('g.threshold')
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
  lines
    .select('line')
    .attr('class', (d) => `line-${d.kind}`)
    .attr('stroke', (d) => (d.kind === 'controlled' ? palette.controlled : palette.notify))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 3')
    .attr('data-label-clear', lineLabel);
  lines
    .select('text')
    .attr('class', (d) => `status-text-${d.kind}`)
    .attr('fill', (d) => (d.kind === 'controlled' ? palette.controlled : palette.notify))
    .attr('font-size', fontSize.annotation)
    .attr('text-anchor', (d) => (d.axis === 'x' ? 'middle' : 'end'))
    .text(lineLabel);
  animate(lines, duration).attr('opacity', 1);
  animate(lines.select<SVGLineElement>('line'), duration)
    .attr('x1', (d) => round(d.axis === 'x' ? x(d.value) : x0))
    .attr('x2', (d) => round(d.axis === 'x' ? x(d.value) : x1))
    .attr('y1', (d) => round(d.axis === 'x' ? yBottom : y(d.value)))
    .attr('y2', (d) => round(d.axis === 'x' ? yTop : y(d.value)));
  const labelX = (d: ChipThresholdsState['lines'][number]) => round(d.axis === 'x' ? x(d.value) : x1 - 4);
  const labelY = (d: ChipThresholdsState['lines'][number]) => round(d.axis === 'x' ? margin.top - 8 : y(d.value) - 6);
  animate(lines.select<SVGTextElement>('text'), duration).attr('x', labelX).attr('y', labelY);
  // Chip names keep clear of the lines as well as of the lines' labels: a name across a line misreads the rule.
  return state.lines.flatMap((d) => [
    textBox(lineLabel(d), labelX(d), labelY(d), fontSize.annotation, d.axis === 'x' ? 'middle' : 'end'),
    d.axis === 'x' ? lineBox(x(d.value), yBottom, x(d.value), yTop) : lineBox(x0, y(d.value), x1, y(d.value)),
  ]);
}

function markDescription(mark: ChipMark, state: ChipThresholdsState, data: ChipThresholdsData, locale: Locale, t: Translate): string {
  const metric =
    state.yMetric === 'interconnect'
      ? t('chip.line.interconnect', { value: formatNumber(locale, mark.y) })
      : t('chip.line.density', { value: formatNumber(locale, mark.y, 2) });
  const sourceNames = [...new Set(mark.chips.flatMap((c) => c.sources))].map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id);
  return t(state.rule === '2022' ? 'chip.mark.2022' : 'chip.mark', {
    name: mark.names.join(' · '),
    tpp: formatNumber(locale, mark.tpp),
    metric,
    status: t(`chip.status.${mark.status}`),
    confidence: [...new Set(mark.chips.map((c) => t(`confidence.${c.confidence}`)))].join(', '),
    sources: sourceNames.join('; '),
  });
}

function drawMarks(
  root: Parameters<typeof layer>[0],
  idPrefix: string,
  state: ChipThresholdsState,
  x: Scale,
  y: Scale,
  data: ChipThresholdsData,
  obstacles: Box[],
  {
    palette,
    locale,
    t,
    duration,
    narrow,
    margin,
    width,
    height,
  }: { palette: Palette; locale: Locale; t: Translate; duration: number; narrow: boolean; margin: Margin; width: number; height: number },
) {
  const radius = narrow ? 5 : 6;
  const color = (mark: ChipMark) => palette[mark.status];
  const labels = placeLabels(
    state.marks.map((m) => ({ id: m.id, x: x(m.tpp), y: y(m.y), label: m.names.join(' · ') })),
    { fontSize: fontSize.label, radius, bounds: { x0: margin.left, x1: width - 2, y0: margin.top - 4, y1: height - margin.bottom }, obstacles },
  );
  const placement = new Map(labels.map((l) => [l.id, l]));

  const marks = layer(root, idPrefix, 'chips')
    .selectAll<SVGGElement, ChipMark>('g.chip')
    .data(
      state.marks,
      keyed((d) => d.id),
    )
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('class', 'chip')
          .attr('data-chip', (d) => d.id)
          .attr('opacity', duration > 0 ? 0 : 1)
          .attr('transform', (d) => `translate(${round(x(d.tpp))},${round(y(d.y))})`);
        g.append('title');
        g.append('circle');
        g.append('text').attr('class', 'fg chip-label');
        return g;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('data-key', (d) => d.id);
  marks
    .attr('data-status', (d) => d.status)
    .each(function (d) {
      const confidence = d.chips.find((c) => isUncertain(c.confidence))?.confidence ?? d.chips[0]!.confidence;
      const attributes = evidenceAttributes({
        id: d.id,
        label: markDescription(d, state, data, locale, t),
        confidence,
        sources: [...new Set(d.chips.flatMap((c) => c.sources))],
      });
      for (const [name, value] of Object.entries(attributes)) this.setAttribute(name, value);
    });
  marks.select('title').text((d) => markDescription(d, state, data, locale, t));
  marks
    .select('circle')
    .attr('r', radius)
    .attr('class', (d) => (d.hollow ? `status-${d.status} hollow` : `status-${d.status}`))
    .attr('fill', (d) => (d.hollow ? palette.background : color(d)))
    .attr('stroke', color)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', (d) => (d.hollow ? '2 2' : null));
  marks
    .select('text')
    .attr('fill', palette.text)
    .attr('font-weight', 600)
    .text((d) => d.names.join(' · '));
  animate(marks, duration)
    .attr('opacity', 1)
    .attr('transform', (d) => `translate(${round(x(d.tpp))},${round(y(d.y))})`);
  animate(marks.select<SVGTextElement>('text'), duration)
    .attr('x', (d) => round(placement.get(d.id)!.x - x(d.tpp)))
    .attr('y', (d) => round(placement.get(d.id)!.y - y(d.y) + 4))
    .attr('text-anchor', (d) => placement.get(d.id)!.anchor);
}
