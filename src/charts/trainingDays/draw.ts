import { select } from 'd3-selection';
import { scaleLog } from 'd3-scale';
import { translator, type Translate } from '../../i18n/ui';
import { drawBackground } from '../shared/background';
import { drawnShort } from '../shared/shortDrawing';
import { layer } from '../shared/layers';
import { drawLegend } from '../shared/legend';
import { fontFamily, fontSize, palettes, type Palette } from '../shared/theme';
import { textWidthEm } from '../shared/wrapText';
import { drawAxes, drawReferences } from './axes';
import { formatDaysTick } from './format';
import { drawHeader } from './header';
import { drawRun } from './marks';
import type { TrainingDaysData } from './prepare';
import { gpuRange, trainingDaysState, yDomain, yTicks, type TrainingDaysInputs, type TrainingDaysState } from './state';
import type { ChartDrawing, DrawOptions } from '../shared/drawing';
import { describeState } from './describe';
import type { Frame } from './frame';

export function chartHeight(width: number): number {
  return width < 520 ? 380 : 540;
}

function legendItems(t: Translate, palette: Palette) {
  return [
    { id: 'solid', label: t('days.legend.solid'), swatch: 'dot', color: palette.text, fill: palette.text, className: 'ink' },
    {
      id: 'dashed',
      label: t('days.legend.dashed'),
      swatch: 'hollow-dot',
      color: palette.text,
      fill: palette.background,
      className: 'ink hollow',
    },
  ] as const;
}

/**
 * Draws or updates the chart inside an existing SVG root: a keyed join, so the line and the point move
 * rather than redraw. On the last step, the reader's inputs, if any, replace the preset.
 */
function drawTrainingDays(svg: SVGSVGElement, data: TrainingDaysData, options: DrawOptions<Partial<TrainingDaysInputs>>): TrainingDaysState {
  const { width, height = chartHeight(width), locale, theme, idPrefix, duration } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const state = trainingDaysState(data, options.step, options.inputs);
  const narrow = width < 520;
  const short = drawnShort(height, chartHeight(width));
  const root = select(svg)
    .attr('font-family', fontFamily)
    .attr('font-size', fontSize.label)
    .attr('data-step', state.step)
    .attr('data-days', Math.round(state.days * 100) / 100);

  drawBackground(root, idPrefix, { width, height, palette });

  // The legend's layer first, so that the drawing keeps its order of layers.
  const legendLayer = layer(root, idPrefix, 'legend');
  const header = drawHeader({ root, idPrefix, width, narrow, short, palette, locale, t }, data, state);
  // On a phone the header's note already says when the line is dashed, and why: the legend gives way to the plot.
  const legendHeight = drawLegend(legendLayer, narrow ? [] : legendItems(t, palette), {
    x: 8,
    y: header + 14,
    width: width - 16,
    fontSize: fontSize.legend,
    palette,
  });
  // Below the legend: a row for the y-axis title, then one for the labels of the vertical reference lines. Below the
  // plot, a row of GPU counts and, clear of it, the x-axis title.
  const margin = {
    top: header + (narrow ? 0 : legendHeight) + (narrow ? 40 : 44),
    right: narrow ? 20 : 30,
    bottom: narrow ? 44 : 46,
    // Room for the longest tick label of days ("10 years"), right-aligned against the plot.
    left: Math.max(narrow ? 46 : 58, Math.ceil(Math.max(...yTicks.map((tick) => textWidthEm(formatDaysTick(t, tick.id)))) * fontSize.tick) + 14),
  };
  const x = scaleLog()
    .domain([...gpuRange])
    .range([margin.left, width - margin.right]);
  const y = scaleLog()
    .domain(yDomain)
    .range([height - margin.bottom, margin.top]);
  const frame: Frame = { root, idPrefix, width, height, narrow, short, margin, x, y, palette, locale, t, duration };

  drawAxes(frame);
  drawReferences(frame, data);
  drawRun(frame, data, state);
  return state;
}

/** The calculator's moving parts: the reader's run, when set, shows on the last step. */
export const trainingDaysDrawing: ChartDrawing<TrainingDaysData, Partial<TrainingDaysInputs>> = {
  describe: (data, step, locale, inputs) => describeState(data, trainingDaysState(data, step, inputs), locale),
  draw: drawTrainingDays,
};
