import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { figureSvgsHtml, pageSvgHtml } from '../../src/components/pageSvg';

const svgFrom = (markup: string) => new JSDOM(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`).window.document.querySelector('svg')!;

describe('a chart SVG as the page carries it', () => {
  test('a mark whose data-label repeats its <title> keeps the title only', () => {
    const html = pageSvgHtml(svgFrom('<g data-mark="h100" data-label="H100, 15,831"><title>H100, 15,831</title></g>'));
    expect(html).not.toContain('data-label');
    expect(html).toContain('<title>H100, 15,831</title>');
    expect(html).toContain('data-mark="h100"');
  });

  test('a data-label that says something its title does not, or a mark with no title, is kept', () => {
    const html = pageSvgHtml(svgFrom('<g data-label="one"><title>two</title></g><circle data-label="alone"></circle>'));
    expect(html).toContain('data-label="one"');
    expect(html).toContain('data-label="alone"');
  });
});

describe("a figure's two drawings", () => {
  test("neither drawing carries a mark's words, confidence or sources: the figure's payload does", () => {
    const drawing = () =>
      svgFrom('<g data-mark="a" data-label="A, 1" data-confidence="verified" data-sources="s1"><title>A, 1</title><circle></circle></g>');
    for (const html of figureSvgsHtml([drawing(), drawing()])) {
      expect(html).toContain('<g data-mark="a"><circle></circle></g>');
    }
  });

  test('keys that repeat data-mark go where every mark has the key, and the drawing names them', () => {
    const [keyed] = figureSvgsHtml([svgFrom('<g data-key="a" data-mark="a"></g><g data-key="x" data-mark="b"></g><g data-key="c"></g>')]);
    expect(keyed).toContain('data-mark-keys="key"');
    expect(keyed).toContain('<g data-mark="a"></g>');
    expect(keyed, 'a key that says something else stays').toContain('data-key="x"');
    expect(keyed, 'an element that is no mark keeps its key').toContain('<g data-key="c"></g>');
    const [partly] = figureSvgsHtml([svgFrom('<g data-step-key="a" data-mark="a"></g><g data-mark="b"></g>')]);
    expect(partly, 'where a mark has no key, giving keys back would tag it: they stay').toContain('data-step-key="a"');
    expect(partly).not.toContain('data-mark-keys');
  });
});
