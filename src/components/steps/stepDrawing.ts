import { chartById } from '../../charts/registry';
import { serverDocument } from '../../charts/renderToString';
import { figureWidths } from '../../charts/widths';
import { dataset } from '../../data';
import type { Locale } from '../../i18n/locales';
import type { ChartPlace } from '../../story/chartPlaces';
import { pageSvgHtml } from '../pageSvg';

const prepared = new Map<string, unknown>();

/** A chart's data, prepared once per build for all its drawings and its table on the edition's pages. */
export function preparedData(chartId: string): unknown {
  if (!prepared.has(chartId)) prepared.set(chartId, chartById(chartId).prepare(dataset()));
  return prepared.get(chartId);
}

/**
 * A chart drawn at one of its steps for the step-by-step edition: the narrow drawing, laid out for a phone, which
 * is also the size of a small multiple in a column on a wider screen or on paper.
 */
export function stepDrawing(chartId: string, locale: Locale, step: number): { html: string; description: string } {
  const chart = chartById(chartId);
  const svg = chart.render(preparedData(chartId), {
    width: figureWidths.narrow,
    locale,
    step,
    document: serverDocument(),
    idPrefix: `${chartId}-step${step}`,
  });
  const description = svg.querySelector(':scope > desc')?.textContent ?? '';
  return { html: pageSvgHtml(svg), description };
}

/** The chart a story step belongs to, and its place among the chart's steps. */
export function stepPlace(places: ReadonlyMap<string, ChartPlace>, stepId: string): { chart: string; step: number; total: number } {
  for (const [chart, { stepIds }] of places) {
    const step = stepIds.indexOf(stepId);
    if (step >= 0) return { chart, step, total: stepIds.length };
  }
  throw new Error(`Step "${stepId}" is in no <Scrolly> of the story`);
}
