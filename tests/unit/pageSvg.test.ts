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
  test("a mark's words are written once, in the last drawing, where both drawings say the same", () => {
    const narrow = svgFrom('<g data-mark="a" data-label="A, 1"><title>A, 1</title></g><g data-mark="b"><title>B, narrow</title></g>');
    const wide = svgFrom('<g data-mark="a"><title>A, 1</title></g><g data-mark="b"><title>B, wide</title></g>');
    const [narrowHtml, wideHtml] = figureSvgsHtml([narrow, wide]);
    expect(narrowHtml).not.toContain('A, 1');
    expect(narrowHtml).toContain('data-mark="a"');
    expect(narrowHtml, 'words the wide drawing does not carry stay').toContain('<title>B, narrow</title>');
    expect(wideHtml).toContain('<title>A, 1</title>');
    expect(wideHtml).toContain('<title>B, wide</title>');
  });
});
