// The usual way, in the browser: as the page loads, every chart is drawn from its data at its first step.
import { isLocale } from '../../../src/i18n/locales';
import { renderers } from './renderers';

export function drawCharts(dataByChart: Record<string, unknown>): void {
  const lang = document.documentElement.lang.slice(0, 2);
  const locale = isLocale(lang) ? lang : 'en';
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    const id = figure.dataset['chart'] ?? '';
    const render = renderers[id];
    if (!render || !(id in dataByChart)) throw new Error(`The baseline has no renderer or data for chart "${id}"`);
    // One drawing per chart, at the width of the holder the stylesheet shows on this screen.
    const holder = [...figure.querySelectorAll<HTMLElement>('.chart-svg')].find((h) => h.getClientRects().length > 0);
    if (!holder) continue;
    const options = { width: Number(holder.dataset['width']), locale, step: 0, document, idPrefix: `${id}-${holder.dataset['layout']}` };
    holder.replaceChildren(render(dataByChart[id] as never, options));
  }
}
