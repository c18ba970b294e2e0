import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { dataset } from '../../src/data';
import { lintSvg } from '../../src/export/lint';
import { loadDefinition } from '../../src/export/browser/chartDefinitions';
import { nodeExportFile, type NodeExportOptions } from '../../src/export/nodeExport';
import { locales } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';

const window = new JSDOM('').window;
const parser = new window.DOMParser();
const site = 'https://charts.example.org';
const exportSvg = (options: Omit<NodeExportOptions, 'site'>) => nodeExportFile({ ...options, site }, 'svg') as Promise<string>;
const parse = (svg: string) => parser.parseFromString(svg, 'image/svg+xml').documentElement;

describe('the exported SVG lint', () => {
  // Every chart, language, step, theme and layout: whatever a reader or the command line can ask for.
  for (const chart of charts) {
    test(`passes every ${chart.id} export: ${chart.stepCount} steps × 2 languages × 2 themes × 2 layouts`, async () => {
      for (const locale of locales) {
        for (let step = 0; step < chart.stepCount; step++) {
          for (const theme of ['light', 'dark'] as const) {
            for (const layout of ['standard', 'phone'] as const) {
              const svg = await exportSvg({ chartId: chart.id, locale, step, theme, layout });
              expect(lintSvg(svg, parser), `${chart.id} ${locale} step ${step} ${theme} ${layout}`).toEqual([]);
            }
          }
        }
      }
    }, 60_000);
  }

  test('names each forbidden construct it finds', () => {
    const bad = `<svg width="10" height="10" viewBox="0 0 10 10" lang="en" font-family="sans-serif"><title>t</title><desc>d</desc>
      <rect width="10" height="10" fill="#fff"/><g id="a"/><g id="a"/><style>:where(.a){fill:red}</style><script>alert(1)</script>
      <g class="x" onclick="go()" style="fill:var(--fg)" font-family="Arial"><rect fill="currentColor" stroke="rgb(0 128 0)" x="1.23456"/></g>
      <foreignObject/><image href="https://example.org/a.png"/><path clip-path="url(https://example.org/#c)" fill="color-mix(in srgb, red, blue)"/></svg>`;
    const problems = lintSvg(bad, parser).join('\n');
    for (const expected of [
      'root <svg> has no SVG xmlns',
      '<style> is not allowed',
      '<script> is not allowed',
      '<foreignObject> is not allowed',
      'event attribute',
      'styles must be presentation attributes',
      'a CSS custom property',
      'currentColor',
      'colour is not hex',
      'number not rounded',
      'external or broken reference',
      'url() to something outside the file',
      'color-mix()',
      'id "a" is used more than once',
      'the root font stack does not name Chinese faces for every platform',
      'a font stack below the root',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  test('rejects a file that is not well-formed XML', () => {
    expect(lintSvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', parser)[0]).toMatch(/^not well-formed XML/);
  });
});

describe('an exported SVG', () => {
  test('is drawn in the browser by the very chart definitions the site is built with', async () => {
    const definitionFiles = Object.keys(import.meta.glob('../../src/charts/*/*.definition.ts'));
    expect(definitionFiles.map((path) => path.replace(/^.*\/(.+)\.definition\.ts$/, '$1')).sort()).toEqual(charts.map((c) => c.id).sort());
    for (const chart of charts) expect(await loadDefinition(chart.id), chart.id).toBe(chart);
    await expect(loadDefinition('no-such-chart')).rejects.toThrow(/No chart "no-such-chart"/);
  });

  test('carries its title, subtitle, source line, credit and story URL as SVG text in its language', async () => {
    for (const locale of locales) {
      const t = translator(locale);
      const root = parse(await exportSvg({ chartId: 'chip-thresholds', locale }));
      // Lines as a reader reads them: a break stands for a space in English, and in Chinese only between two Latin words.
      const text = (id: string) =>
        [...root.querySelectorAll(`#${id} tspan`)]
          .map((line) => line.textContent ?? '')
          .reduce(
            (all, line) =>
              all === '' ? line : locale === 'zh' && !(/[A-Za-z]$/.test(all) && /^[A-Za-z]/.test(line)) ? all + line : `${all} ${line}`,
            '',
          );
      expect(text('title')).toBe(t('chip.title'));
      expect(text('subtitle')).toBe(t('chip.subtitle'));
      expect(text('source')).toBe(t('export.source', { source: t('chip.source') }));
      expect(text('credit')).toContain(t('site.title'));
      expect(text('url').replace(/ /g, '')).toBe(`${site}/${locale}/#chip-thresholds-caption`);
      expect(root.getAttribute('lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      expect(root.querySelector(':scope > title')?.textContent).toBe(t('chip.title'));
      expect(root.querySelector(':scope > desc')?.textContent).toContain(locale === 'en' ? 'Nvidia answers again:' : '英伟达再度应对：');
    }
  });

  test('names a Chinese font stack for Chinese and puts a Latin face first for English', async () => {
    const zh = parse(await exportSvg({ chartId: 'timeline', locale: 'zh' })).getAttribute('font-family')!;
    const en = parse(await exportSvg({ chartId: 'timeline', locale: 'en' })).getAttribute('font-family')!;
    expect(zh).toMatch(/^'Noto Sans SC'.*'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif$/);
    expect(en).toMatch(/^'Noto Sans', Helvetica, Arial, 'Noto Sans SC'.*'Microsoft YaHei', sans-serif$/);
  });

  test('is drawn at the step asked for, and says which', async () => {
    const first = parse(await exportSvg({ chartId: 'chip-thresholds', locale: 'en', step: 0 }));
    const last = parse(await exportSvg({ chartId: 'chip-thresholds', locale: 'en' }));
    expect(first.getAttribute('data-step')).toBe('0');
    expect(last.getAttribute('data-step')).toBe('3');
    expect(first.querySelectorAll('[data-mark]').length).toBeLessThan(last.querySelectorAll('[data-mark]').length);
  });

  // Every chart drawn twice, for the page and for export: seconds of work, more on a busy machine.
  test('keeps every mark the page shows at that step, with its evidence and its own <title>', { timeout: 30_000 }, async () => {
    for (const chart of charts) {
      const step = chart.stepCount - 1;
      const page = chart.render(chart.prepare(dataset()), { width: 720, locale: 'en', step, document: window.document, idPrefix: chart.id });
      const shown = (element: Element) => !element.closest('[opacity="0"], [display="none"], [visibility="hidden"]');
      const root = parse(await exportSvg({ chartId: chart.id, locale: 'en', step }));
      const marks = (within: Element) =>
        [...within.querySelectorAll('[data-mark]')]
          .filter(shown)
          .map((m) => `${m.getAttribute('data-mark')} ${m.getAttribute('data-confidence')} ${m.getAttribute('data-sources')}`);
      expect(marks(root.querySelector('#chart')!), chart.id).toEqual(marks(page));
      expect(root.querySelectorAll('#chart title').length, chart.id).toBe([...page.querySelectorAll('title')].filter(shown).length - 1);
    }
  });

  test('gives its layers names a designer can read, and sheds what only the page needs', async () => {
    const svg = await exportSvg({ chartId: 'chip-thresholds', locale: 'zh' });
    const root = parse(svg);
    for (const id of ['background', 'header', 'title', 'subtitle', 'chart', 'footer', 'source', 'credit', 'url']) {
      expect(root.querySelector(`#${id}`), id).not.toBeNull();
    }
    const layers = [...root.querySelectorAll('#chart > g[data-layer]')].map((g) => [g.getAttribute('data-layer'), g.id]);
    expect(layers).toContainEqual(['legend', 'legend']);
    expect(layers).toContainEqual(['background', 'chart-background']);
    expect(svg).not.toMatch(/ class=| role=| aria-|data-key=|data-step-key=/);
  });

  test("leaves out what only the page's reader can act on: the scorecard's hint to hover or tap a row", async () => {
    const scorecard = charts.find((chart) => chart.id === 'scorecard')!;
    const page = scorecard.render(scorecard.prepare(dataset()), { width: 720, locale: 'en', step: 0, document: window.document });
    expect(page.querySelector('[data-page-only]')?.textContent).toMatch(/hover/i);
    for (const layout of ['standard', 'phone'] as const) {
      const svg = await exportSvg({ chartId: 'scorecard', locale: 'en', layout });
      expect(svg, layout).not.toMatch(/hover|tap a row/i);
      expect(svg, layout).toContain('Washington means to shut the cloud door');
    }
  });

  test('draws in the dark palette when asked, background and text alike', async () => {
    const root = parse(await exportSvg({ chartId: 'nvidia-segments', locale: 'en', theme: 'dark' }));
    expect(root.querySelector('#background')?.getAttribute('fill')).toBe('#151515');
    expect(root.querySelector('#title')?.getAttribute('fill')).toBe('#ececec');
  });

  test('lays out a tall phone-width version at 360 px', async () => {
    const standard = parse(await exportSvg({ chartId: 'gpu-fleets', locale: 'zh' }));
    const phone = parse(await exportSvg({ chartId: 'gpu-fleets', locale: 'zh', layout: 'phone' }));
    expect(phone.getAttribute('width')).toBe('360');
    expect(Number(phone.getAttribute('height')) / 360).toBeGreaterThan(Number(standard.getAttribute('height')) / 720);
  });
});

describe('the small multiples file', () => {
  for (const chart of charts) {
    test(`${chart.id}: every step in one file, two to a row, each a named layer, passing the lint`, async () => {
      for (const locale of locales) {
        const svg = await exportSvg({ chartId: chart.id, locale, layout: 'steps' });
        expect(lintSvg(svg, parser), `${chart.id} ${locale}`).toEqual([]);
        const root = parse(svg);
        const layers = [...root.querySelectorAll('g[id^="step-"]')].filter((g) => /^step-\d+$/.test(g.id));
        expect(layers.map((g) => g.id)).toEqual(Array.from({ length: chart.stepCount }, (_, i) => `step-${i + 1}`));
        expect(layers[0]!.textContent).toContain(translator(locale)('scrolly.stepOf', { n: 1, total: chart.stepCount }));
        for (const layer of layers) expect(layer.querySelectorAll('[data-mark]').length, `${chart.id} ${layer.id}`).toBeGreaterThan(0);
        expect(Number(root.getAttribute('width'))).toBe(chart.stepCount > 1 ? 2 * 360 + 24 : 360);
      }
    });
  }
});
