import { afterEach, describe, expect, test, vi } from 'vitest';
import { charts } from '../../src/charts/registry';
import { embedCode, embedSrc } from '../../src/embed/embedCode';
import { chartPlaces, placeAnchor } from '../../src/story/chartPlaces';

afterEach(() => vi.unstubAllEnvs());

describe('the code to paste', () => {
  test('is an iframe with a title, full width, a height and lazy loading, then the loader on its own line', () => {
    const code = embedCode({
      src: 'https://site.example/embed/en/timeline/?step=2&theme=dark',
      title: 'Chips & "rules" <2023>',
      height: 840,
      loader: 'https://site.example/embed.js',
    });
    const [frame, loader] = code.split('\n');
    expect(frame).toBe(
      '<iframe src="https://site.example/embed/en/timeline/?step=2&amp;theme=dark" title="Chips &amp; &quot;rules&quot; &lt;2023&gt;" width="100%" height="840" loading="lazy" style="display:block;width:100%;border:0"></iframe>',
    );
    expect(loader).toBe('<script async src="https://site.example/embed.js"></script>');
  });

  test('carries only the choices that differ from the defaults', () => {
    const page = 'https://site.example/embed/zh/timeline/';
    expect(embedSrc(page, { step: 1, theme: 'auto' })).toBe(page);
    expect(embedSrc(page, { step: 3, theme: 'light' })).toBe(`${page}?step=3&theme=light`);
    expect(embedSrc(page, { step: 'all', theme: 'dark' }), 'every step side by side').toBe(`${page}steps/?theme=dark`);
  });

  // The code for every chart in both languages: seconds of work, more on a busy machine.
  test("uses the site's configured address throughout, in every chart and language", { timeout: 30_000 }, async () => {
    vi.stubEnv('SITE', 'https://news.example.com');
    const { embedManifestFields, embedManifestTop } = await import('../../src/embed/manifestFields');
    expect(embedManifestTop()).toEqual({ embedScript: '/embed.js' });
    for (const chart of charts) {
      const { embed, code } = embedManifestFields(chart.id);
      expect(embed).toEqual({ en: `/embed/en/${chart.id}/`, zh: `/embed/zh/${chart.id}/` });
      for (const lang of ['en', 'zh'] as const) {
        const urls = [...code[lang].matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
        expect(urls).toEqual([`https://news.example.com/embed/${lang}/${chart.id}/`, 'https://news.example.com/embed.js']);
        expect(code[lang]).toMatch(/ height="\d{3,4}" /);
      }
    }
  });
});

describe("a chart's place in the story", () => {
  const sections = [
    { slug: 'opening', entry: { body: 'Intro <ChartControls chart="training-days" /> and <ChartFigure chart="training-days" />' } },
    {
      slug: 'chip-ban',
      entry: { body: '<Scrolly chart="chip-thresholds">\n  <Step id="rule-2022">a</Step>\n  <Step id="rule-2023">b</Step>\n</Scrolly>' },
    },
    { slug: 'later', entry: { body: '<Scrolly chart="chip-thresholds"><Step id="again">c</Step></Scrolly>' } },
  ];

  test('is read from the MDX: a scrolly chart links to its steps, any other to its section, the first placement winning', () => {
    const places = chartPlaces(sections);
    expect(places.get('chip-thresholds')).toEqual({ section: 'chip-ban', stepIds: ['rule-2022', 'rule-2023'] });
    expect(places.get('training-days')).toEqual({ section: 'opening', stepIds: [] });
    expect(placeAnchor(places.get('chip-thresholds'), 1)).toBe('rule-2023');
    expect(placeAnchor(places.get('chip-thresholds'), 7)).toBe('rule-2023');
    expect(placeAnchor(places.get('training-days'), 0)).toBe('opening');
    expect(placeAnchor(places.get('nowhere'), 0)).toBe('');
  });
});
