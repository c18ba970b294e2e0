import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { locales } from '../../src/i18n/locales';
import { fragmentScript, snippetPayload } from '../../src/snippet/fragment';
import type { SnippetNode, SnippetPayload } from '../../src/snippet/payload';
import { storyStepPath } from '../../src/snippet/storySteps';
import { chartPlaces } from '../../src/story/chartPlaces';
import { storyPlacesFromFiles } from '../support/storyPlaces';

/** Every element node of a tree, depth first. */
function elements(node: SnippetNode): Exclude<SnippetNode, string>[] {
  return typeof node === 'string' ? [] : [node, ...node[2].flatMap(elements)];
}

const text = (node: SnippetNode): string => (typeof node === 'string' ? node : node[2].map(text).join(''));

const places = { en: storyPlacesFromFiles('en'), zh: storyPlacesFromFiles('zh') };

describe('snippetPayload', () => {
  const payload = snippetPayload('chip-thresholds', 'en', places.en.get('chip-thresholds'), 2);
  const all = elements(payload.tree);

  test('holds the chart at the asked step, drawn at the story’s two widths', () => {
    const svgs = all.filter(([tag]) => tag === 'svg');
    expect(svgs.map(([, attributes]) => [attributes['width'], attributes['data-step']])).toEqual([
      ['360', '2'],
      ['720', '2'],
    ]);
    expect(svgs.every(([, attributes]) => !Object.keys(attributes).some((name) => name.startsWith('xmlns')))).toBe(true);
  });

  test('gives the title, the source and a link to the story at that step', () => {
    expect(text(all.find(([, a]) => a['class'] === 'title')!)).toBe('The rule moved the line; the chips moved to the line');
    expect(text(all.find(([, a]) => a['class'] === 'source')!)).toMatch(/^Source: Federal Register/);
    expect(all.find(([tag]) => tag === 'a')![1]['href']).toMatch(/^https?:\/\/[^/]+\/en\/#rule-2023$/);
  });

  test('styles itself for a shadow root: held against the host page, sized by its column', () => {
    expect(payload.css).toContain(':host');
    expect(payload.css).toMatch(/display: block !important/);
    expect(payload.css).toContain('@container (min-width: 544px)');
    expect(payload.css).not.toMatch(/\brem\b|var\(/);
  });
});

describe('fragmentScript', () => {
  test('hands its payload, Chinese and all, to the script element that loaded it, in plain ASCII', () => {
    const payload = snippetPayload('mmlu-scores', 'zh', places.zh.get('mmlu-scores'), 1);
    const script = fragmentScript(payload);
    expect(script).not.toMatch(/[\u0080-\uffff]/);
    let received: SnippetPayload | undefined;
    const currentScript = { dispatchEvent: (event: CustomEvent<SnippetPayload>) => (received = event.detail) };
    runInNewContext(script, { document: { currentScript }, CustomEvent });
    expect(received).toEqual(payload);
  });
});

describe('story step anchors', () => {
  test('reads each Scrolly’s step ids in order', () => {
    const mdx =
      'Text\n<Scrolly chart="a">\n  <Step id="one">x</Step>\n  <Step id="two">y</Step>\n</Scrolly>\n<Scrolly chart="b"><Step id="three" /></Scrolly>';
    const stepIds = [...chartPlaces([{ slug: 'section', entry: { body: mdx } }])].map(([chart, place]) => [chart, place.stepIds]);
    expect(Object.fromEntries(stepIds)).toEqual({ a: ['one', 'two'], b: ['three'] });
  });

  test('every step of every chart has an anchor in the story, in both languages', () => {
    for (const locale of locales) {
      for (const chart of charts) {
        for (let step = 0; step < chart.stepCount; step += 1)
          expect(storyStepPath(chart.id, locale, places[locale].get(chart.id), step)).toMatch(new RegExp(`^${locale}/#[a-z0-9-]+$`));
      }
    }
  });

  test('a step past the story’s last is an error that names it', () => {
    expect(() => storyStepPath('timeline', 'en', places.en.get('timeline'), 9)).toThrow(/no step 9 for the chart "timeline"/);
  });
});
