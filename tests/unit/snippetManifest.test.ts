import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { chartManifest } from '../../src/pages/charts/_chartManifest';
import { snippetManifestFields } from '../../src/snippet/manifestFields';
import { storyPlacesByLocale } from '../support/storyPlaces';

const places = storyPlacesByLocale();

function parse(html: string) {
  const document = new JSDOM(`<body>${html}</body>`).window.document;
  return { placeholder: document.querySelector('div')!, script: document.querySelector('script')!, body: document.body };
}

describe('snippetManifestFields', () => {
  test('every chart has one snippet per language: a placeholder naming chart, language and step, then our script', () => {
    for (const chart of charts) {
      const { snippet } = snippetManifestFields(chart.id, places);
      for (const [lang, tag] of [
        ['en', 'en'],
        ['zh', 'zh-CN'],
      ] as const) {
        const { placeholder, script, body } = parse(snippet[lang]);
        expect(body.children).toHaveLength(2);
        expect(placeholder.getAttribute('data-cloud-loophole-chart')).toBe(chart.id);
        expect(placeholder.getAttribute('data-lang')).toBe(lang);
        expect(placeholder.getAttribute('data-step')).toBe('0');
        expect(placeholder.getAttribute('lang')).toBe(tag);
        expect(script.hasAttribute('async')).toBe(true);
        expect(script.getAttribute('src')).toMatch(/^https?:\/\/[^/]+\/snippet\/v1\.js$/);
      }
    }
  });

  test('without the script a reader still gets the chart in the story and its PNG, as absolute links', () => {
    const { placeholder } = parse(snippetManifestFields('gpu-fleets', places).snippet.zh);
    const links = [...placeholder.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      expect.stringMatching(/^https?:\/\/[^/]+\/zh\/#[a-z0-9-]+$/),
      expect.stringMatching(/^https?:\/\/[^/]+\/files\/zh\/gpu-fleets\.png$/),
    ]);
    expect(links[0]!.textContent).toMatch(/^查看交互图表：/);
  });

  test('/charts/index.json carries the snippets', { timeout: 30_000 }, () => {
    for (const chart of chartManifest(places).charts) expect(chart['snippet']).toEqual(snippetManifestFields(chart.id, places).snippet);
  });

  test('an unknown chart is an error', () => {
    expect(() => snippetManifestFields('no-such-chart', places)).toThrow(/Unknown chart/);
  });
});
