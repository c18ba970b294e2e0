import { shortDrawing } from '../charts/widths';
import { loadDefinition } from '../export/browser/chartDefinitions';
import type { Locale } from '../i18n/locales';
import { pageTheme } from '../charts/shared/browser/pageTheme';

/** What a short drawing is drawn from: the chart, its data, the step, and the figure it goes into. */
interface ShortDrawingRequest {
  chartId: string;
  figure: HTMLElement;
  data: unknown;
  locale: Locale;
  step: number;
}

/** The widest short drawing a column of this width holds: drawn no wider, so that it is never scaled down. */
function shortWidthFor(columnWidth: number): number {
  return [...shortDrawing.widths].reverse().find((w) => w <= columnWidth) ?? shortDrawing.widths[0];
}

/**
 * The chart drawn in the browser to the short layout's height, in a holder beside the two built drawings, which
 * global.css then hides on a short screen. Its code is the chart's definition, the one the page's downloads load.
 * Returns the holder, or undefined if the figure already has one.
 */
export async function addShortDrawing({ chartId, figure, data, locale, step }: ShortDrawingRequest): Promise<HTMLElement | undefined> {
  const definition = await loadDefinition(chartId);
  const graphic = figure.querySelector<HTMLElement>('.chart-graphic');
  const after = [...figure.querySelectorAll<HTMLElement>('.chart-svg')].at(-1);
  if (!graphic || !after || figure.querySelector('.chart-svg[data-layout="short"]')) return undefined;
  const width = shortWidthFor(graphic.clientWidth);
  const holder = document.createElement('div');
  holder.className = 'chart-svg';
  Object.assign(holder.dataset, { layout: 'short', width: String(width), height: String(shortDrawing.height) });
  const svg = definition.render(data, {
    width,
    height: shortDrawing.height,
    locale,
    step,
    theme: pageTheme(document),
    document,
    idPrefix: `${chartId}-short`,
  });
  holder.append(svg);
  after.after(holder);
  return holder;
}
