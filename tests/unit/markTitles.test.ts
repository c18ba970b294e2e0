import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { markSources, markWords, restoreMarkTitles } from '../../src/charts/shared/browser/markTitles';

// A figure as the page carries it: the narrow drawing's marks without their <title>, which the wide one holds.
const figure = () =>
  new JSDOM(`<div class="chart-graphic">
    <div class="chart-svg" data-layout="narrow"><svg><g data-mark="a"><circle></circle></g><text data-mark="a">A</text></svg></div>
    <div class="chart-svg" data-layout="wide"><svg><g data-mark="a" data-confidence="verified" data-sources="s1 s2"><title>A, verified</title><circle></circle></g></svg></div>
  </div>`).window.document;

describe("a mark's words, written once per figure", () => {
  test('a mark of the drawing without titles says what the same mark in the other drawing says', () => {
    const document = figure();
    const [narrowMark] = document.querySelectorAll('[data-layout="narrow"] [data-mark]');
    expect(markWords(narrowMark!)).toBe('A, verified');
  });

  test('a mark of the drawing without sources cites what the same mark in the other drawing cites', () => {
    const document = figure();
    const [narrowMark, narrowLabel] = document.querySelectorAll('[data-layout="narrow"] [data-mark]');
    expect(markSources(narrowMark!)).toEqual(['s1', 's2']);
    expect(markSources(narrowLabel!)).toEqual(['s1', 's2']);
  });

  test('before the chart first moves, every mark of the figure gets its own confidence and sources back', () => {
    const document = figure();
    restoreMarkTitles(document.querySelector<SVGSVGElement>('[data-layout="narrow"] svg')!);
    const marks = [...document.querySelectorAll('[data-mark]')];
    expect(marks.map((mark) => `${mark.getAttribute('data-confidence')} ${mark.getAttribute('data-sources')}`)).toEqual([
      'verified s1 s2',
      'verified s1 s2',
      'verified s1 s2',
    ]);
  });

  test('before the chart first moves, every mark of the figure gets its own <title> back, once', () => {
    const document = figure();
    const narrow = document.querySelector<SVGSVGElement>('[data-layout="narrow"] svg')!;
    restoreMarkTitles(narrow);
    restoreMarkTitles(document.querySelector<SVGSVGElement>('[data-layout="wide"] svg')!);
    const marks = [...document.querySelectorAll('[data-mark]')];
    expect(marks.map((mark) => mark.querySelector(':scope > title')?.textContent)).toEqual(['A, verified', 'A, verified', 'A, verified']);
    expect(document.querySelectorAll('title')).toHaveLength(3);
  });
});
