import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { leanSvg } from '../../src/components/leanSvg';
import { palettes } from '../../src/charts/shared/theme';
import { classColours, lightClassRules } from '../../src/styles/themeCss';

const lean = (markup: string) => {
  const svg = new JSDOM(`<svg xmlns="http://www.w3.org/2000/svg" font-size="13">${markup}</svg>`).window.document.querySelector('svg')!;
  leanSvg(svg, classColours);
  return svg.innerHTML;
};
const { light } = palettes;

describe("a figure's drawing as the page carries it", () => {
  test("a colour attribute goes where the page's CSS gives its class the same colour, and stays where it does not", () => {
    expect(lean(`<rect class="cat-china" fill="${light.china}" stroke="${light.china}"></rect>`)).toBe('<rect class="cat-china"></rect>');
    // A dot's outline in the background colour is not what its class says: it keeps it.
    expect(lean(`<circle class="cat-context" fill="${light.context}" stroke="${light.background}"></circle>`)).toBe(
      `<circle class="cat-context" stroke="${light.background}"></circle>`,
    );
    expect(lean(`<text fill="${light.text}">x</text>`), 'no class, no rule').toBe(`<text fill="${light.text}">x</text>`);
  });

  test('a mark that takes its colour from its group, or has none, keeps it where its class would give another', () => {
    expect(lean(`<g fill="${light.nvidia}"><rect class="cat-nvidia"></rect></g>`)).toBe(
      `<g fill="${light.nvidia}"><rect class="cat-nvidia" stroke="none"></rect></g>`,
    );
    expect(lean(`<g stroke="${light.grid}"><line class="grid"></line></g>`)).toBe(`<g stroke="${light.grid}"><line class="grid"></line></g>`);
  });

  test('a later or more specific class wins, as in the browser', () => {
    expect(lean(`<circle class="cat-usgov hollow" fill="${light.background}" stroke="${light.usGov}"></circle>`)).toBe(
      '<circle class="cat-usgov hollow"></circle>',
    );
    expect(lean(`<circle class="cat-usgov hollow" fill="${light.usGov}" stroke="${light.usGov}"></circle>`)).toBe(
      `<circle class="cat-usgov hollow" fill="${light.usGov}"></circle>`,
    );
  });

  test('the light rules apply only to marks without a colour of their own', () => {
    const css = lightClassRules();
    expect(css).toContain(`.chart svg .cat-china:not([fill]) {\n  fill: ${light.china};\n}`);
    expect(css).not.toMatch(/\.cat-china \{/);
  });

  test('geometry keeps one decimal; colours, widths and ids keep theirs', () => {
    expect(lean('<path d="M1.234,5.678H10.25" stroke-width="1.25" transform="translate(3.14159,0)"></path>')).toBe(
      '<path d="M1.2,5.7H10.3" stroke-width="1.25" transform="translate(3.1,0)"></path>',
    );
    expect(lean('<text y="-0.21em"><tspan x="0.25" dy="1.15em">a</tspan></text>')).toBe(
      '<text y="-0.21em"><tspan x="0.3" dy="1.15em">a</tspan></text>',
    );
  });

  test('what an element would inherit anyway goes; what differs stays; empty unnamed groups go', () => {
    expect(lean('<g text-anchor="middle"><text font-size="13" text-anchor="middle">a</text><text text-anchor="start">b</text></g>')).toBe(
      '<g text-anchor="middle"><text>a</text><text text-anchor="start">b</text></g>',
    );
    expect(lean('<text font-weight="400" stroke-width="1" opacity="1">c</text>')).toBe('<text opacity="1">c</text>');
    expect(lean('<g></g><g data-layer="marks"></g>')).toBe('<g data-layer="marks"></g>');
  });

  test("a text's stored colour goes where it is the colour the text has, and stays where a step set the text back", () => {
    expect(lean('<text fill="#123456" data-fill="#123456">a</text><text data-fill="">b</text>')).toBe('<text fill="#123456">a</text><text>b</text>');
    expect(lean(`<text class="faded" fill="${light.faded}" data-fill="#123456">c</text>`)).toContain('data-fill="#123456"');
  });

  test("a layer's id goes unless the drawing refers to it", () => {
    expect(
      lean(
        '<g data-layer="a" id="c-a"><rect></rect></g><g data-layer="b" id="c-b"><clipPath id="c-clip"></clipPath></g><g clip-path="url(#c-b)"><rect></rect></g>',
      ),
    ).toBe(
      '<g data-layer="a"><rect></rect></g><g data-layer="b" id="c-b"><clipPath id="c-clip"></clipPath></g><g clip-path="url(#c-b)"><rect></rect></g>',
    );
  });
});
