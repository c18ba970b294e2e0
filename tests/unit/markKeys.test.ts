import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { restoreMarkKeys } from '../../src/charts/shared/browser/markKeys';
import { figureSvgsHtml } from '../../src/components/pageSvg';

const svgFrom = (markup: string) => new JSDOM(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`).window.document.querySelector('svg')!;

describe("a drawing's mark keys, left out where they repeat data-mark", () => {
  test('the browser gives every mark back the keys the page left out, as the chart drew them', () => {
    const keysOf = (svg: Element) =>
      [...svg.querySelectorAll('[data-mark]')].map((mark) => ['data-mark', 'data-key', 'data-step-key'].map((name) => mark.getAttribute(name)));
    const drawn = svgFrom('<g data-key="a" data-step-key="a" data-mark="a"></g><g data-key="x" data-step-key="b" data-mark="b"></g>');
    const asDrawn = keysOf(drawn);
    const [html] = figureSvgsHtml([drawn]);
    const svg = new JSDOM(html!).window.document.querySelector('svg')!;
    expect(svg.getAttribute('data-mark-keys')).toBe('key step-key');
    expect(keysOf(svg)).toEqual([
      ['a', null, null],
      ['b', 'x', null],
    ]);
    restoreMarkKeys(svg);
    expect(keysOf(svg)).toEqual(asDrawn);
    expect(svg.hasAttribute('data-mark-keys'), 'once: a copy made after this needs nothing more').toBe(false);
  });

  test('a drawing that left nothing out is left as it is', () => {
    const svg = svgFrom('<g data-mark="a"></g>');
    restoreMarkKeys(svg);
    expect(svg.innerHTML).toBe('<g data-mark="a"></g>');
  });
});
