import { languageTag } from '../../i18n/locales';
import { translator, type UiKey } from '../../i18n/ui';
import { createChartRoot } from '../shared/svg';
import type { ChartOptions } from '../types';
import { chartHeight, drawTimeline } from './draw';
import type { TimelineData } from './prepare';
import { clampStep, timelineStepCount } from './state';

export const id = 'timeline';
export const stepCount = timelineStepCount;

const descKey = (step: number) => `timeline.desc.${step}` as UiKey;

/** The chart at one step as a new SVG element: the same function at build time, in exports and in the browser. */
export function timeline(data: TimelineData, options: ChartOptions): SVGSVGElement {
  const { width, locale, theme = 'light', document, idPrefix = id } = options;
  const step = clampStep(options.step, stepCount);
  const t = translator(locale);
  const svg = createChartRoot(document, {
    width,
    height: chartHeight(width),
    title: t('timeline.title'),
    description: t(descKey(step)),
    idPrefix,
    lang: languageTag[locale],
  });
  drawTimeline(svg, data, { width, locale, step, theme, idPrefix, duration: 0 });
  return svg;
}

/** Moves an SVG drawn by timeline to another step, in place. */
export function updateTimeline(svg: SVGSVGElement, data: TimelineData, options: Omit<ChartOptions, 'document'> & { duration: number }): void {
  const { width, locale, theme = 'light', idPrefix = id, duration } = options;
  const step = clampStep(options.step, stepCount);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = translator(locale)(descKey(step));
  drawTimeline(svg, data, { width, locale, step, theme, idPrefix, duration });
}
