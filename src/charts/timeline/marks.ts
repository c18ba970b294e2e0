import { select, type Selection } from 'd3-selection';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { fade } from '../shared/fade';
import { halo } from '../shared/halo';
import { formatDate } from '../shared/format';
import { animate } from '../shared/motion';
import type { Palette } from '../shared/theme';
import { round } from '../shared/svg';
import { laneStyle } from './laneStyle';
import { dotRadius, labelText, markX, text as textSize, utc, type EventLabel, type TimelineLayout } from './layout';
import type { TimelineData } from './prepare';
import { fadedEventOpacity, type EventState, type TimelineState } from './state';
import { keyed } from '../shared/keyed';

type Group = Selection<SVGGElement, null, SVGSVGElement, unknown>;

/** A full sentence for the mark inspector and the <title>: what, when, which lane, how sure, from whom. */
function eventDescription(entry: EventState, data: TimelineData, locale: Locale, t: Translate): string {
  const { event } = entry;
  return t('timeline.mark', {
    label: labelText(event, locale),
    date: formatDate(locale, event.date, event.precision),
    lane: t(data.laneNames[event.lane]),
    confidence: t(`confidence.${event.confidence}`),
    sources: event.sources.map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join('; '),
  });
}

/**
 * Dots for events dated to the day. An event known only to its month or year is not a bar, which would read as
 * something lasting that long: it is a smaller dot with a whisker across the stretch it falls somewhere in, the
 * whisker cut at the plot's edges.
 */
export function drawEvents(
  group: Group,
  data: TimelineData,
  state: TimelineState,
  layout: TimelineLayout,
  { width, locale, t, palette, duration }: { width: number; locale: Locale; t: Translate; palette: Palette; duration: number },
): void {
  const radius = dotRadius(width);
  const laneY = new Map(layout.lanes.map((l) => [l.lane, l.dotY]));
  const position = (d: EventState) =>
    `translate(${round(markX(d.event, layout.x))},${round(laneY.get(d.event.lane)! + (layout.offsets.get(d.event.id) ?? 0))})`;
  // The whisker, relative to the mark's centre, clamped to the plot.
  const [plotLeft, plotRight] = [layout.margin.left, width - layout.margin.right];
  const whisker = (d: EventState): [number, number] => {
    const centre = markX(d.event, layout.x);
    const from = Math.max(plotLeft, Math.min(plotRight, layout.x(utc(d.event.date))));
    const to = Math.max(plotLeft, Math.min(plotRight, layout.x(utc(d.event.end))));
    // A month at the full span is a few pixels: the whisker stays a little wider than the dot.
    const half = radius + 2;
    return [Math.min(from - centre, -half), Math.max(to - centre, half)];
  };
  const whiskerPath = (d: EventState) => {
    const [a, b] = whisker(d);
    return `M${round(a)},-4V4M${round(a)},0H${round(b)}M${round(b)},-4V4`;
  };
  const labelled = new Set(layout.labels.map((l) => l.id));

  const hollow = (d: EventState) => isUncertain(d.event.confidence);
  const fill = (d: EventState) => (hollow(d) ? palette.background : laneStyle[d.event.lane].color(palette));
  const className = (d: EventState) => `${laneStyle[d.event.lane].className}${hollow(d) ? ' hollow' : ''}`;
  const isLabelled = (d: EventState) => String(labelled.has(d.event.id));
  const labelledRadius = (d: EventState) => (labelled.has(d.event.id) ? radius + 1 : radius);

  // What an event is, says and looks like never changes from step to step: it is written once, when the mark is
  // made (at build time, for the marks the page starts with). Each step moves marks and changes their emphasis.
  const marks = group
    .selectAll<SVGGElement, EventState>('g.event')
    .data(
      state.events,
      keyed((d) => d.event.id),
    )
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'event')
        .attr('transform', position)
        .attr('data-key', (d) => d.event.id)
        .attr('data-lane', (d) => d.event.lane)
        .attr('data-precision', (d) => d.event.precision)
        .attr('data-labelled', isLabelled);
      g.each(function (d) {
        const label = eventDescription(d, data, locale, t);
        for (const [name, value] of Object.entries(
          evidenceAttributes({ id: d.event.id, label, confidence: d.event.confidence, sources: d.event.sources }),
        ))
          this.setAttribute(name, value);
        select(this).append('title').text(label);
      });
      g.filter((d) => d.event.precision === 'day')
        .append('circle')
        .attr('class', className)
        .attr('r', labelledRadius)
        .attr('fill', fill)
        .attr('stroke', (d) => (hollow(d) ? laneStyle[d.event.lane].color(palette) : palette.background))
        .attr('stroke-width', (d) => (hollow(d) ? 2 : 1))
        .attr('stroke-dasharray', (d) => (hollow(d) ? '2 2' : null));
      const imprecise = g.filter((d) => d.event.precision !== 'day');
      imprecise
        .append('path')
        .attr('class', (d) => `whisker ${laneStyle[d.event.lane].className}`)
        .attr('fill', 'none')
        .attr('stroke', (d) => laneStyle[d.event.lane].color(palette))
        .attr('stroke-width', 1.5);
      imprecise
        .append('circle')
        .attr('class', className)
        .attr('r', radius - 1.5)
        .attr('fill', fill)
        .attr('stroke', (d) => (hollow(d) ? laneStyle[d.event.lane].color(palette) : palette.background))
        .attr('stroke-width', (d) => (hollow(d) ? 2 : 1))
        .attr('stroke-dasharray', (d) => (hollow(d) ? '2 2' : null));
      return g;
    });
  marks.attr('data-labelled', isLabelled);
  marks
    .filter((d) => d.event.precision === 'day')
    .select('circle')
    .attr('r', labelledRadius);
  animate(marks.select<SVGPathElement>('path.whisker'), duration).attr('d', whiskerPath);
  animate(marks, duration).attr('transform', position);
  fade(marks, (_, d) => (!d.inDomain ? 0 : d.emphasised ? 1 : fadedEventOpacity), duration, palette);
}

/** Labels for the step's chosen events, each with a leader down to its mark; they come and go by step. */
export function drawLabels(
  group: Group,
  layout: TimelineLayout,
  { palette, duration, radius }: { palette: Palette; duration: number; radius: number },
): void {
  const textX = (d: EventLabel) => round(d.anchor === 'start' ? d.box.x0 : d.box.x1);
  const labels = group
    .selectAll<SVGGElement, EventLabel>('g.event-label')
    .data(
      layout.labels,
      keyed((d) => d.id),
    )
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('class', 'event-label')
          .attr('opacity', duration > 0 ? 0 : 1);
        g.append('line').attr('class', 'muted leader');
        g.append('text').attr('class', 'fg');
        return g;
      },
      (update) => update,
      (exit) =>
        duration > 0
          ? exit.call((e) =>
              e
                .transition()
                .duration(duration / 2)
                .attr('opacity', 0)
                .remove(),
            )
          : exit.remove(),
    )
    .attr('data-key', (d) => d.id);
  labels.attr('data-label-for', (d) => d.id);
  labels
    .select('line')
    .attr('stroke', palette.muted)
    .attr('x1', (d) => round(d.markX))
    .attr('x2', (d) => round(d.markX))
    .attr('y1', (d) => round(d.markY - radius - 2))
    .attr('y2', (d) => round(d.box.y1));
  const text = labels
    .select<SVGTextElement>('text')
    .attr('text-anchor', (d) => d.anchor)
    .attr('fill', palette.text);
  text.filter((d) => d.halo === true).call((t) => halo(t, palette));
  text
    .filter((d) => d.halo !== true)
    .classed('halo', false)
    .attr('stroke', null)
    .attr('stroke-width', null)
    .attr('stroke-linejoin', null)
    .attr('paint-order', null);
  text
    .selectAll<SVGTSpanElement, { text: string; date: boolean; y: number | null; x: number | null }>('tspan')
    .data((d) => [
      ...d.lines.map((line, i) => ({ text: line, date: false, x: textX(d), y: round(d.box.y0 + 12 + i * textSize.lineHeight) })),
      // An inline date carries on from the label's line, so the anchor holds for the two together.
      d.dateInline
        ? { text: d.date, date: true, x: null, y: null }
        : { text: d.date, date: true, x: textX(d), y: round(d.box.y0 + d.lines.length * textSize.lineHeight + 11) },
    ])
    .join('tspan')
    .attr('class', (d) => (d.date ? 'muted' : 'fg'))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('dx', (d) => (d.date && d.x === null ? 6 : null))
    .attr('font-size', (d) => (d.date ? textSize.date : textSize.label))
    .attr('font-weight', (d) => (d.date ? null : 600))
    .attr('fill', (d) => (d.date ? palette.muted : palette.text))
    .text((d) => d.text);
  animate(labels, duration).attr('opacity', 1);
}
