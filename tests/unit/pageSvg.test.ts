import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { pageSvgHtml } from '../../src/components/pageSvg';

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
