import { select } from 'd3-selection';
import { translator } from '../../i18n/ui';
import type { ChartDrawing, DrawOptions } from '../shared/drawing';
import { drawBackground } from '../shared/background';
import { layer } from '../shared/layers';
import { drawLegend } from '../shared/legend';
import { drawnShort } from '../shared/shortDrawing';
import { fontFamily, fontSize, palettes } from '../shared/theme';
import { drawAxes } from './axes';
import { chartHeight, chipLayout } from './layout';
import { drawMarks } from './marks';
import type { ChipThresholdsData } from './prepare';
import { describeChipThresholds } from './describe';
import { drawRule } from './rules';
import { chipThresholdsState, type ChipThresholdsState } from './state';
import { legendItems } from './text';

/**
 * Draws a step inside an SVG root, or moves a drawn root to it: every layer is a keyed join, so the same function
 * renders at build time and updates in the browser, and marks move rather than redraw.
 */
function drawChipThresholds(svg: SVGSVGElement, data: ChipThresholdsData, options: DrawOptions): ChipThresholdsState {
  const { width, height = chartHeight(width), locale, theme, idPrefix, duration } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const state = chipThresholdsState(data, options.step);
  // The zones are named on the chart itself: a short screen's drawing keeps only the key it cannot do without.
  const items = legendItems(t, palette).filter((item) => !drawnShort(height, chartHeight(width)) || item.id === 'estimate');
  const layout = chipLayout(state, { width, height, locale, t, legendLabels: items.map((i) => i.label) });
  const root = select(svg).attr('font-family', fontFamily).attr('font-size', fontSize.label).attr('data-step', state.step);

  drawBackground(root, idPrefix, { width, height: layout.height, palette });
  drawLegend(layer(root, idPrefix, 'legend'), items, { x: 8, y: 18, width: width - 16, fontSize: fontSize.legend, palette });
  drawAxes(root, idPrefix, state, layout, { palette, locale, t, duration });
  drawRule(root, idPrefix, state, layout, { palette, duration });
  drawMarks(root, idPrefix, state, data, layout, { palette, locale, t, duration });
  return state;
}

/** The chip chart's moving parts: the same join at build time and in the browser. */
export const chipThresholdsDrawing: ChartDrawing<ChipThresholdsData> = { describe: describeChipThresholds, draw: drawChipThresholds };
