import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { markSources, markWords, restoreMarkEvidence } from '../../src/charts/shared/browser/markEvidence';
import { dropMarkEvidence, readMarkEvidence } from '../../src/charts/shared/markEvidence';

const drawn = `<svg data-step="1"><g data-mark="a" data-confidence="verified" data-sources="s1 s2" data-label="A, verified"><title>A, verified</title><circle></circle></g><text data-mark="a">A</text></svg>`;

// A figure as the page carries it: two drawings of the same marks, neither with their words or evidence.
const figure = () => {
  const document = new JSDOM(`<figure><div class="chart-graphic">
    <div class="chart-svg" data-layout="narrow">${drawn}</div><div class="chart-svg" data-layout="wide">${drawn}</div>
  </div></figure>`).window.document;
  document.querySelectorAll('svg').forEach(dropMarkEvidence);
  return document;
};

const steps = [{ a: { words: 'A at step 0' } }, { a: { words: 'A, verified', confidence: 'verified', sources: 's1 s2' } }];

describe("a mark's words and evidence, carried by the figure's payload", () => {
  test('a drawing as the page carries it has no mark words, confidence, sources or label repeating them', () => {
    const html = figure().body.innerHTML;
    for (const gone of ['<title>', 'data-confidence', 'data-sources', 'data-label']) expect(html).not.toContain(gone);
  });

  test("what a drawing's marks say and cite is read once per mark, from the first element that has it", () => {
    const document = new JSDOM(drawn).window.document;
    expect(readMarkEvidence(document.querySelector('svg')!)).toEqual({ a: { words: 'A, verified', confidence: 'verified', sources: 's1 s2' } });
  });

  test('every mark of every drawing gets back its words and evidence as at the step it was drawn at, once', () => {
    const document = figure();
    const root = document.querySelector('figure')!;
    restoreMarkEvidence(root, steps);
    restoreMarkEvidence(root, steps);
    const marks = [...document.querySelectorAll('[data-mark]')];
    expect(marks.map((mark) => markWords(mark))).toEqual(Array(4).fill('A, verified'));
    expect(marks.map((mark) => markSources(mark))).toEqual(Array(4).fill(['s1', 's2']));
    expect(marks.map((mark) => mark.getAttribute('data-confidence'))).toEqual(Array(4).fill('verified'));
    expect(document.querySelectorAll('title')).toHaveLength(4);
  });

  test("a mark's words are its step's label where a step set one", () => {
    const document = figure();
    restoreMarkEvidence(document.querySelector('figure')!, steps);
    const mark = document.querySelector('[data-mark]')!;
    mark.setAttribute('data-label', 'A, at this step');
    expect(markWords(mark)).toBe('A, at this step');
  });
});
