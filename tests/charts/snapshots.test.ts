import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';

/** A fresh document per render, so nothing carries over from one drawing to the next. */
function render(chartId: string, options: { locale: 'en' | 'zh'; step: number; width: number }): string {
  const chart = charts.find((c) => c.id === chartId)!;
  const document = new JSDOM('').window.document;
  return chart.render(chart.prepare(dataset()), { ...options, document, idPrefix: chartId }).outerHTML;
}

// Each chart at its first and last step, in both languages and at both widths the page draws.
describe.each(charts.map((c) => [c.id, c.stepCount] as const))('%s', (chartId, stepCount) => {
  for (const locale of locales) {
    for (const step of [0, stepCount - 1]) {
      for (const width of [360, 720]) {
        test(`${locale}, step ${step}, ${width} px matches the committed SVG`, async () => {
          const svg = render(chartId, { locale, step, width });
          expect(render(chartId, { locale, step, width }), 'drawing is deterministic').toBe(svg);
          await expect(svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(`output/${chartId}-${locale}-step${step}-${width}.svg`);
        });
      }
    }
  }
});
