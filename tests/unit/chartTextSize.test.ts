import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { figureWidths, shortDrawing } from '../../src/charts/widths';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';

// The phone's drawing, 360 units wide, and the short drawings a phone held sideways draws for every chart
// (src/charts/widths.ts, shortDrawing), which the page shows at about their own size: each of their texts, legend and
// axes included, is set at 11 units or more, and 12 or more in Chinese, whose characters blur sooner than Latin
// letters. Sizes are read in the drawing's own units; how far the page scales the built drawing down to fit its column
// is a matter for the page's layout.
const smallest = { en: 11, zh: 12 } as const;

/** The size a text is set at: its own font-size, or the nearest ancestor's (attribute or style). */
function fontSizeOf(el: Element): number | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = /font-size:\s*([\d.]+)px/.exec(node.getAttribute('style') ?? '');
    if (style) return Number(style[1]);
    const size = node.getAttribute('font-size');
    if (size) return Number.parseFloat(size);
  }
  return undefined;
}

const phone = { name: "the phone's drawing", width: figureWidths.narrow, height: undefined };
const short = shortDrawing.widths.map((width) => ({ name: `the ${width}×${shortDrawing.height} drawing`, width, height: shortDrawing.height }));

describe.each(charts.map((c) => [c.id, c.stepCount] as const))('%s', (chartId, stepCount) => {
  const chart = charts.find((c) => c.id === chartId)!;
  const data = chart.prepare(dataset());
  for (const locale of locales) {
    for (const { name, width, height } of [phone, ...short]) {
      test(`${locale}: at every step of ${name}, no text is set under ${smallest[locale]} px`, () => {
        const small = new Set<string>();
        for (let step = 0; step < stepCount; step++) {
          const document = new JSDOM('').window.document;
          const svg = chart.render(data, { locale, step, width, height, document, idPrefix: chartId });
          for (const el of svg.querySelectorAll('text, tspan')) {
            if (el.closest('defs, title, desc') || (el.textContent ?? '').trim() === '') continue;
            const size = fontSizeOf(el);
            if (size === undefined || size < smallest[locale]) small.add(`${size ?? 'unset'} px: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
          }
        }
        expect([...small]).toEqual([]);
      });
    }
  }
});
