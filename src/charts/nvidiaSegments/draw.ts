import * as Plot from '@observablehq/plot';
import { select } from 'd3-selection';
import { languageTag } from '../../i18n/locales';
import { translator, type Translate } from '../../i18n/ui';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { layer } from '../shared/layers';
import { drawLegend, type LegendItem } from '../shared/legend';
import { legendHeight } from '../shared/legendFlow';
import { plotChart, tagged, type PlotDrawOptions } from '../shared/plot';
import { categoryClass, fontSize, palettes, type CategoryToken, type Palette } from '../shared/theme';
import { drawAnnotations } from './annotations';
import { drawnShort } from '../shared/shortDrawing';
import {
  barSpan,
  chartHeight,
  eventMarkerRadius,
  eventRowHeight,
  fiscalGap,
  fiscalRowHeight,
  horizontalMargin,
  placeEvents,
  utcDate,
  xDomain,
  xScale,
  yDomain,
  yScale,
  yTicks,
  type EventPlacement,
} from './layout';
import { segments, type NvidiaSegmentsData, type PreparedEvent, type PreparedQuarter, type Segment } from './prepare';
import { keys, nvidiaSegmentsState, nvidiaSegmentsStepCount } from './state';
import { axisTickFormat, eventLabel, eventText, quarterLabel } from './text';

// Data center in Nvidia's colour, gaming in the neutral for context; the classes let the page's dark mode restyle them.
const segmentStatus: Record<Segment, CategoryToken> = { 'data-center': 'nvidia', gaming: 'context' };

function legendItems(t: Translate, palette: Palette): LegendItem[] {
  return [
    ...segments.map((segment): LegendItem => ({
      id: segment,
      label: t(`revenue.segment.${segment}`),
      swatch: 'dot',
      color: palette[segmentStatus[segment]],
      fill: palette[segmentStatus[segment]],
      className: categoryClass[segmentStatus[segment]],
    })),
    {
      id: 'claim',
      label: t('revenue.legend.claim'),
      swatch: 'hollow-dot',
      color: palette.muted,
      fill: palette.background,
      className: 'muted hollow',
    },
  ];
}

/** Two events clash only if some step shows both. */
function shownTogether(data: NvidiaSegmentsData): (a: string, b: string) => boolean {
  const states = Array.from({ length: nvidiaSegmentsStepCount }, (_, step) => nvidiaSegmentsState(data, step));
  return (a, b) => states.some((s) => (s.opacity[keys.event(a)] ?? 0) > 0 && (s.opacity[keys.event(b)] ?? 0) > 0);
}

/** Every mark of every step, drawn once; steps only change opacity (see index.ts). */
export function drawNvidiaSegments(data: NvidiaSegmentsData, options: PlotDrawOptions): SVGSVGElement {
  const { document, width, height, locale, theme, idPrefix, description } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const narrow = width < 520;
  const legend = legendItems(t, palette);
  const legendLabels = legend.map((item) => item.label);
  const legendBottom = legendHeight(legendLabels, width - 16) + 8;
  const x = xScale(width);
  const events = data.events.map((e) => ({ ...e, text: eventText(e, data, locale, t) }));
  const placements = placeEvents(events, { x, bounds: [4, width - 4], together: shownTogether(data) });
  const rows = Math.max(...placements.map((p) => p.row)) + 1;
  // Above the plot, the axis title, unrotated, over the tick labels; under it, the fiscal years, then the strip
  // of events, one row each where their labels would meet.
  const axisTitleY = legendBottom + 14;
  const margin = { ...horizontalMargin(width), top: axisTitleY + 16, bottom: fiscalRowHeight + fiscalGap + rows * eventRowHeight + 10 };
  const y = yScale(height, margin);
  const baseline = height - margin.bottom;
  const rowCentre = (row: number) => baseline + fiscalRowHeight + fiscalGap + 10 + row * eventRowHeight;
  const placement = new Map(placements.map((p) => [p.id, p]));
  const at = (e: PreparedEvent): EventPlacement => placement.get(e.id)!;

  const bars = segments.map((segment) => {
    const rows = data.quarters.filter((q) => q.segment === segment);
    const color = palette[segmentStatus[segment]];
    const label = (q: PreparedQuarter) => quarterLabel(q, data, locale, t);
    return Plot.rect(rows, {
      x1: (q: PreparedQuarter) => barSpan(q)[0],
      x2: (q: PreparedQuarter) => barSpan(q)[1],
      y1: 0,
      y2: 'usdBn',
      fill: color,
      title: label,
      render: tagged(rows, (q) => ({
        ...evidenceAttributes({ id: keys.bar(q.id), label: label(q), confidence: q.confidence, sources: q.sources }),
        'data-step-key': keys.bar(q.id),
        class: isUncertain(q.confidence) ? `${categoryClass[segmentStatus[segment]]} hollow` : categoryClass[segmentStatus[segment]],
        ...(isUncertain(q.confidence) ? { fill: palette.background, stroke: color, 'stroke-dasharray': '3 2' } : {}),
      })).render,
    });
  });

  const eventTexts = (['start', 'end'] as const).map((anchor) => {
    const group = events.filter((e) => at(e).anchor === anchor);
    return Plot.text(group, {
      x: (e: PreparedEvent) => x.invert(anchor === 'start' ? at(e).x0 : at(e).x1),
      y: (e: PreparedEvent) => y.invert(rowCentre(at(e).row)),
      text: 'text',
      textAnchor: anchor,
      fontSize: fontSize.annotation,
      fill: palette.text,
      render: tagged(group, (e) => ({ 'data-step-key': keys.eventLabel(e.id), class: 'fg event-label' })).render,
    });
  });

  const fyLabel = (fy: NvidiaSegmentsData['fiscalYears'][number]) => t('revenue.fy', { year: fy.fiscalYear });
  const svg = plotChart(
    {
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      x: { type: 'utc', domain: xDomain, axis: null },
      y: { domain: yDomain, ticks: yTicks, tickFormat: axisTickFormat(locale), tickSize: 0, tickPadding: 6, label: null },
      marks: [
        Plot.gridY(yTicks, { stroke: palette.grid, strokeOpacity: 1, render: tagged(yTicks, () => ({ class: 'grid' })).render }),
        Plot.ruleY([0], { stroke: palette.muted, strokeWidth: 1, render: tagged([0], () => ({ class: 'muted baseline' })).render }),
        Plot.dot(events, {
          x: (e: PreparedEvent) => utcDate(e.date),
          y: (e: PreparedEvent) => y.invert(rowCentre(at(e).row)),
          r: eventMarkerRadius,
          fill: palette.muted,
          stroke: palette.background,
          strokeWidth: 1,
          title: (e: PreparedEvent) => eventLabel(e, data, locale, t),
          render: tagged(events, (e) => ({
            ...evidenceAttributes({ id: keys.event(e.id), label: eventLabel(e, data, locale, t), confidence: e.confidence, sources: e.sources }),
            'data-step-key': keys.event(e.id),
            class: 'muted event-marker',
          })).render,
        }),
        ...bars,
        ...eventTexts,
        Plot.text(data.fiscalYears, {
          x: (fy: NvidiaSegmentsData['fiscalYears'][number]) => new Date((utcDate(fy.start).getTime() + utcDate(fy.end).getTime()) / 2),
          y: () => y.invert(baseline + fiscalRowHeight - 4),
          text: fyLabel,
          fontSize: fontSize.tick,
          fill: palette.muted,
          render: tagged(data.fiscalYears, (fy) => ({ 'data-step-key': keys.fiscalYear(fy.fiscalYear), class: 'muted fiscal-year' })).render,
        }),
      ],
    },
    { document, width, height, title: t('revenue.title'), description, idPrefix, lang: languageTag[locale], palette },
  );

  const root = select(svg);
  root
    .append('text')
    .attr('class', 'muted axis-title')
    .attr('x', 4)
    .attr('y', axisTitleY)
    .attr('text-anchor', 'start')
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    .text(t('revenue.axis.value'));
  drawAnnotations(layer(root, idPrefix, 'annotations'), data, {
    x,
    y,
    width,
    margin,
    narrow,
    short: drawnShort(height, chartHeight(width)),
    locale,
    t,
    palette,
  });
  drawLegend(layer(root, idPrefix, 'legend'), legend, { x: 8, y: 18, width: width - 16, fontSize: fontSize.legend, palette });
  return svg;
}
