import { languageTag } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { createChartRoot } from '../shared/svg';
import type { ChartOptions } from '../types';
import { chartHeight, drawChipThresholds } from './draw';
import type { ChipThresholdsData } from './prepare';
import { chipThresholdsStepCount, clampStep } from './state';

export const id = 'chip-thresholds';
export const stepCount = chipThresholdsStepCount;

/** The chart at one step as a new SVG element: the same function at build time, in exports and in the browser. */
export function chipThresholds(data: ChipThresholdsData, options: ChartOptions): SVGSVGElement {
  const { width, locale, theme = 'light', document, idPrefix = id } = options;
  const step = clampStep(options.step, stepCount);
  const t = translator(locale);
  const svg = createChartRoot(document, {
    width,
    height: chartHeight(width),
    title: t('chip.title'),
    description: t(`chip.desc.${step}` as 'chip.desc.0'),
    idPrefix,
    lang: languageTag[locale],
  });
  drawChipThresholds(svg, data, { width, locale, step, theme, idPrefix, duration: 0 });
  return svg;
}

/** Moves an SVG drawn by chipThresholds to another step, in place. */
export function updateChipThresholds(svg: SVGSVGElement, data: ChipThresholdsData, options: Omit<ChartOptions, 'document'> & { duration: number }): void {
  const { width, locale, theme = 'light', idPrefix = id, duration } = options;
  const step = clampStep(options.step, stepCount);
  const t = translator(locale);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = t(`chip.desc.${step}` as 'chip.desc.0');
  drawChipThresholds(svg, data, { width, locale, step, theme, idPrefix, duration });
}
