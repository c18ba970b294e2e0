import { select } from 'd3-selection';
import { translator } from '../../i18n/ui';
import { drawBackground } from '../shared/background';
import { layer } from '../shared/layers';
import { drawStepNote } from '../shared/stepNote';
import { fade } from '../shared/fade';
import { animate } from '../shared/motion';
import { fontFamily, fontSize, palettes } from '../shared/theme';
import { round } from '../shared/svg';
import { drawEvents, drawLabels } from './marks';
import { laneStyle } from './laneStyle';
import { drawTimelineLegend, timelineLegendHeight, timelineLegendItems } from './legend';
import { chartHeight, dotRadius, timelineLayout, utc, type LaneBox, type Tick } from './layout';
import { zoomText } from './text';
import type { TimelineData } from './prepare';
import { fadedLaneOpacity, timelineState, type TimelineState } from './state';
import { keyed } from '../shared/keyed';
import type { ChartDrawing, DrawOptions } from '../shared/drawing';
import type { Locale } from '../../i18n/locales';

export { chartHeight };

type Root = Parameters<typeof layer>[0];
type Layout = ReturnType<typeof timelineLayout>;

// Placing and wrapping every label is the costly part of a step, and a step at a width and language always
// places them the same way: each is worked out once per data set.
const layouts = new WeakMap<TimelineData, Map<string, Layout>>();

/** Where everything goes at one step, width and language; worked out on first use, then remembered. */
function stepLayout(data: TimelineData, state: TimelineState, width: number, height: number, locale: Locale): Layout {
  let byStep = layouts.get(data);
  if (!byStep) {
    byStep = new Map();
    layouts.set(data, byStep);
  }
  const key = `${width}|${height}|${locale}|${state.step}`;
  let layout = byStep.get(key);
  if (!layout) {
    const t = translator(locale);
    layout = timelineLayout(data, state, {
      width,
      height,
      locale,
      t,
      legendHeight: timelineLegendHeight(timelineLegendItems(data, t), width - 16),
    });
    byStep.set(key, layout);
  }
  return layout;
}

/** Works out a step's layout ahead of time, so that moving to it later only moves marks. */
function prepareTimelineStep(
  data: TimelineData,
  { width, height = chartHeight(width), locale, step }: { width: number; height?: number | undefined; locale: Locale; step: number },
): void {
  stepLayout(data, timelineState(data, step), width, height, locale);
}

/** Draws or updates the chart inside an existing SVG root: keyed joins, so marks move rather than redraw. */
function drawTimeline(svg: SVGSVGElement, data: TimelineData, options: DrawOptions): TimelineState {
  const { width, height = chartHeight(width), locale, theme, idPrefix, duration } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const state = timelineState(data, options.step);
  const root = select(svg).attr('font-family', fontFamily).attr('font-size', fontSize.label).attr('data-step', state.step);

  drawBackground(root, idPrefix, { width, height, palette });

  const items = timelineLegendItems(data, t);
  const layout = stepLayout(data, state, width, height, locale);
  drawTimelineLegend(layer(root, idPrefix, 'legend'), items, { x: 8, y: 18, width: width - 16, palette });

  // Events outside the window slide out of view under a clip rather than pile up at the edges.
  const clipId = `${idPrefix}-clip`;
  const defs = layer(root, idPrefix, 'defs');
  const clip = defs.selectAll('clipPath').data([null]).join('clipPath').attr('id', clipId);
  // Clipped to the plot, with room for a dot on its edge: nothing runs into the margins.
  const clipPad = dotRadius(width) + 2;
  clip
    .selectAll('rect')
    .data([null])
    .join('rect')
    .attr('x', layout.margin.left - clipPad)
    .attr('width', width - layout.margin.left - layout.margin.right + 2 * clipPad)
    .attr('y', layout.plotTop)
    .attr('height', layout.plotBottom - layout.plotTop + 2);

  const band = layer(root, idPrefix, 'band').attr('clip-path', `url(#${clipId})`);
  const bandRect = band
    .selectAll<SVGRectElement, null>('rect')
    .data([null])
    .join((enter) => enter.append('rect').attr('opacity', 0));
  bandRect
    .attr('class', 'period-band')
    .attr('fill', palette.grid)
    .attr('y', layout.plotTop)
    .attr('height', layout.plotBottom - layout.plotTop);
  const [bandFrom, bandTo] = state.band ?? state.domain;
  animate(bandRect, duration)
    .attr('opacity', state.band ? 0.35 : 0)
    .attr('x', round(layout.x(utc(bandFrom))))
    .attr('width', round(Math.max(0, layout.x(utc(bandTo)) - layout.x(utc(bandFrom)))));

  drawAxis(root, idPrefix, layout.ticks, { plotTop: layout.plotTop, plotBottom: layout.plotBottom, palette, duration });
  drawLanes(root, idPrefix, layout.lanes, state, { width, margin: layout.margin, palette, t, duration, laneNames: data.laneNames });
  drawEvents(layer(root, idPrefix, 'events').attr('clip-path', `url(#${clipId})`), data, state, layout, { width, locale, t, palette, duration });
  drawLabels(layer(root, idPrefix, 'labels'), layout, { palette, duration, radius: width < 520 ? 4.5 : 5.5 });

  // A close-up says so, on the chart, at the right of the top lane's name row.
  const zoom = layout.zoom;
  const zoomLabel = layer(root, idPrefix, 'zoom')
    .selectAll<SVGTextElement, string>('text')
    .data(zoom ? [zoomText(zoom, locale, t)] : [])
    .join((enter) =>
      enter
        .append('text')
        .attr('class', 'muted zoom-label')
        .attr('opacity', duration > 0 ? 0 : 1),
    )
    .attr('x', width - layout.margin.right)
    .attr('y', layout.plotTop + 15)
    .attr('text-anchor', 'end')
    .attr('font-size', fontSize.tick)
    .attr('font-style', 'italic')
    .attr('fill', palette.muted)
    .text((d) => d);
  animate(zoomLabel, duration).attr('opacity', 1);

  drawStepNote(layer(root, idPrefix, 'note'), {
    noteKey: state.note,
    lines: layout.noteLines,
    className: 'muted timeline-note',
    color: palette.muted,
    x: layout.margin.left,
    top: layout.noteTop,
    size: layout.noteSize,
    lineHeight: layout.noteLine,
  });
  return state;
}

function drawAxis(
  root: Root,
  idPrefix: string,
  ticks: Tick[],
  { plotTop, plotBottom, palette, duration }: { plotTop: number; plotBottom: number; palette: (typeof palettes)['light']; duration: number },
) {
  const group = layer(root, idPrefix, 'axis');
  const tick = group
    .selectAll<SVGGElement, Tick>('g.tick')
    .data(
      ticks,
      keyed((d) => d.key),
    )
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('class', 'tick')
          .attr('opacity', duration > 0 ? 0 : 1);
        g.append('line').attr('class', 'grid');
        g.append('text').attr('class', 'muted').attr('text-anchor', 'middle');
        g.attr('transform', (d) => `translate(${round(d.x)},0)`);
        return g;
      },
      (update) => update,
      (exit) => (duration > 0 ? exit.call((e) => e.transition().duration(duration).attr('opacity', 0).remove()) : exit.remove()),
    )
    .attr('data-key', (d) => d.key);
  tick.select('line').attr('y1', plotTop).attr('y2', plotBottom).attr('stroke', palette.grid);
  tick
    .select('text')
    .attr('x', (d) => round(d.textX - d.x))
    .attr('y', plotBottom + 18)
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    .text((d) => d.text);
  animate(tick, duration)
    .attr('opacity', 1)
    .attr('transform', (d) => `translate(${round(d.x)},0)`);
}

function drawLanes(
  root: Root,
  idPrefix: string,
  lanes: LaneBox[],
  state: TimelineState,
  {
    width,
    margin,
    palette,
    t,
    duration,
    laneNames,
  }: {
    width: number;
    margin: { left: number; right: number };
    palette: (typeof palettes)['light'];
    t: ReturnType<typeof translator>;
    duration: number;
    laneNames: TimelineData['laneNames'];
  },
) {
  const lane = layer(root, idPrefix, 'lanes')
    .selectAll<SVGGElement, LaneBox>('g.lane')
    .data(
      lanes,
      keyed((d) => d.lane),
    )
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'lane')
        .attr('data-lane', (d) => d.lane)
        .attr('transform', (d) => `translate(0,${round(d.top)})`);
      g.append('line').attr('class', 'grid lane-rule');
      g.append('line').attr('class', 'grid lane-baseline');
      g.append('rect').attr('class', 'lane-swatch');
      g.append('text').attr('class', 'fg lane-name');
      return g;
    })
    .attr('data-key', (d) => d.lane);
  lane.select('.lane-rule').attr('x1', 0).attr('x2', width).attr('y1', 0).attr('y2', 0).attr('stroke', palette.grid);
  lane
    .select('.lane-swatch')
    .attr('class', (d) => `lane-swatch ${laneStyle[d.lane].className}`)
    .attr('x', margin.left)
    .attr('y', 6)
    .attr('width', 10)
    .attr('height', 10)
    .attr('fill', (d) => laneStyle[d.lane].color(palette));
  lane
    .select('.lane-name')
    .attr('x', margin.left + 15)
    .attr('y', 15)
    .attr('font-weight', 700)
    .attr('fill', palette.text)
    .text((d) => t(laneNames[d.lane]));
  animate(lane, duration).attr('transform', (d) => `translate(0,${round(d.top)})`);
  fade(lane, (_, d) => (state.emphasisedLanes.includes(d.lane) ? 1 : fadedLaneOpacity), duration, palette);
  animate(lane.select<SVGLineElement>('.lane-baseline'), duration)
    .attr('x1', margin.left)
    .attr('x2', width - margin.right)
    .attr('y1', (d) => round(d.dotY - d.top))
    .attr('y2', (d) => round(d.dotY - d.top))
    .attr('stroke', palette.grid);
}

/** Every timeline's moving parts (the opening's and the later one's): its steps and their descriptions come with its data. */
export const timelineDrawing: ChartDrawing<TimelineData> = {
  describe: (data, step, locale) => translator(locale)(data.steps[step]!.desc),
  draw: drawTimeline,
  prepareStep: prepareTimelineStep,
};
