// The step-by-step edition (/en/steps/, /zh/steps/) carries the whole story without scrolling: every step of every
// chart of the story page, drawn at that step in the HTML, with the same card text, under the same anchor, linking
// back to it in the story. Read from the built files, as a reader with JavaScript off gets them.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { builtFileOf } from '../support/builtSite';

const page = (path: string) => new JSDOM(readFileSync(builtFileOf(path), 'utf8')).window.document;
const words = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** An element's text as a reader sees it without JavaScript: what is hidden until a script runs (a form) left out. */
function shownWords(element: Element | null): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('[hidden]').forEach((hidden) => hidden.remove());
  return words(copy);
}

describe.each(['en', 'zh'])('the %s step-by-step edition', (lang) => {
  const story = page(`/${lang}/`);
  const steps = page(`/${lang}/steps/`);
  const storySteps = [...story.querySelectorAll<HTMLElement>('scrolly-chart')].flatMap((scrolly) =>
    [...scrolly.querySelectorAll<HTMLElement>('.step[id]')].map((step, index) => ({ chart: scrolly.dataset['chart']!, index, step })),
  );

  test('has every step of every chart of the story, in the story’s order', () => {
    expect(storySteps.length).toBeGreaterThanOrEqual(30);
    const multiples = [...steps.querySelectorAll<HTMLElement>('li.step-multiple')].map((li) => li.id);
    expect(multiples).toEqual(storySteps.map(({ step }) => step.id));
  });

  test('draws each step at that step, with its card text and a link back', () => {
    for (const { chart, index, step } of storySteps) {
      const id = step.id;
      const multiple = steps.getElementById(id);
      const svg = multiple?.querySelector('.step-drawing svg');
      expect(svg?.closest('[data-chart]')?.getAttribute('data-chart'), id).toBe(chart);
      expect(svg?.getAttribute('data-step'), `${id} is drawn at its own step`).toBe(String(index));
      expect(svg?.querySelectorAll('[data-mark][data-confidence][data-sources]').length, `${id}: marks keep their evidence`).toBeGreaterThan(0);
      expect(words(multiple?.querySelector('.step-text')), id).toContain(shownWords(step.querySelector('.step-body')));
      expect(multiple?.querySelector(`a[href$="/${lang}/#${id}"]`), `${id} links back to the story`).not.toBeNull();
    }
  });

  test('each chart keeps its source, its data table and its files', () => {
    for (const chart of steps.querySelectorAll('.steps-chart')) {
      const id = chart.getAttribute('data-chart');
      expect(words(chart.querySelector('.chart-source')), `${id}`).not.toBe('');
      expect(chart.querySelectorAll('.data-table tbody tr').length, `${id}`).toBeGreaterThan(0);
      for (const file of [`${id}-steps.svg`, `${id}.svg`, `${id}.png`, `${id}.csv`])
        expect(chart.querySelector(`a[href$="/files/${lang}/${file}"]`), file).not.toBeNull();
    }
  });

  test('the story links to it from its cover and from each chart, at the chart’s first step', () => {
    expect(story.querySelector('.story-header a[href="steps/"]')).not.toBeNull();
    for (const scrolly of story.querySelectorAll<HTMLElement>('scrolly-chart')) {
      const first = scrolly.querySelector<HTMLElement>('.step[id]')!.id;
      expect(scrolly.querySelector(`.chart-all-steps[href$="/${lang}/steps/#${first}"]`), scrolly.dataset['chart']).not.toBeNull();
    }
  });
});
