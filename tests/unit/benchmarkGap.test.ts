import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { benchmarkGapDefinition } from '../../src/charts/benchmarkGap/benchmark-gap.definition';
import { prepareBenchmarkGap } from '../../src/charts/benchmarkGap/prepare';
import { benchmarkGapSteps } from '../../src/charts/benchmarkGap/state';
import { benchmarkGapTable } from '../../src/charts/benchmarkGap/table';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { palettes } from '../../src/charts/shared/theme';
import { csvRows } from './csvRows';

const { render: benchmarkGap, stepCount, update: updateBenchmarkGap } = benchmarkGapDefinition;

const data = prepareBenchmarkGap(dataset());
const render = (locale: 'en' | 'zh', width: number, step: number) =>
  benchmarkGap(data, { width, locale, step, document: new JSDOM('').window.document, idPrefix: 'gap' });

function storyStepIds(locale: string): string[] {
  const mdx = readFileSync(`src/content/story/${locale}/05-what-happened-next.mdx`, 'utf8');
  const block = /<Scrolly chart="benchmark-gap">([\s\S]*?)<\/Scrolly>/.exec(mdx)?.[1] ?? '';
  return [...block.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('the benchmark gap, by the AI Index', () => {
  test('MMLU: a 17.5-point US lead at the end of 2023, 0.3 at the end of 2024', () => {
    const mmlu = data.rows.find((r) => r.benchmark === 'MMLU')!;
    expect(mmlu.from).toMatchObject({ at: '2023-12-31', points: 17.5 });
    expect(mmlu.to).toMatchObject({ at: '2024-12-31', points: 0.3 });
    expect(data.rows.map((r) => r.benchmark)).toEqual(['MMLU', 'MMMU', 'MATH', 'HumanEval']);
  });

  test('a benchmark with a single dated row stops the build, naming it', () => {
    const partial = { ...dataset(), benchmarkGaps: dataset().benchmarkGaps.filter((g) => g.id !== 'math-2024') };
    expect(() => prepareBenchmarkGap(partial)).toThrow(/MATH needs two dated rows/);
  });

  test('has one state per <Step> of the section, in both languages', () => {
    for (const locale of locales) expect(storyStepIds(locale)).toEqual(benchmarkGapSteps.map((s) => s.id));
    expect(stepCount).toBe(2);
  });

  test('draws each measurement as a mark that says it is the AI Index aggregate, with its source', () => {
    const svg = render('en', 360, 0);
    const marks = svg.querySelectorAll('circle[data-mark]');
    expect(marks).toHaveLength(dataset().benchmarkGaps.length);
    const mmlu = svg.querySelector('circle[data-mark="mmlu-2024"]')!;
    expect(mmlu.getAttribute('data-label')).toContain('AI Index aggregate');
    expect(mmlu.getAttribute('data-sources')).toBe('hai-ai-index-2025');
    // Set-back rows fade their marks; their text turns the faded grey, which keeps 3:1.
    expect(svg.querySelector('g.gap-row[data-key="MATH"] circle')?.getAttribute('opacity')).toBe('0.3');
    expect(svg.querySelector('g.gap-row[data-key="MATH"] text.benchmark')?.getAttribute('fill')).toBe(palettes.light.faded);
    expect(svg.querySelector('g.gap-row[data-key="MATH"] text.benchmark')?.classList.contains('faded')).toBe(true);
    expect(svg.querySelector('g.gap-row[data-key="MMLU"] circle')?.getAttribute('opacity')).toBe('1');
    expect(svg.querySelector('g.gap-row[data-key="MMLU"] text.benchmark')?.classList.contains('faded')).toBe(false);
  });

  test('every value stays inside the chart, at both widths', () => {
    for (const width of [360, 720]) {
      const svg = render('zh', width, 1);
      for (const circle of svg.querySelectorAll('circle[data-mark]')) {
        const cx = Number(circle.getAttribute('cx'));
        expect(cx).toBeGreaterThan(0);
        expect(cx).toBeLessThan(width);
      }
    }
  });

  test('the second step brings every benchmark forward, in place', () => {
    const svg = render('en', 720, 0);
    const math = svg.querySelector('g.gap-row[data-key="MATH"]');
    updateBenchmarkGap(svg, data, { width: 720, locale: 'en', step: 1, duration: 0, idPrefix: 'gap' });
    expect(svg.querySelector('g.gap-row[data-key="MATH"]')).toBe(math);
    expect(math?.querySelector('circle')?.getAttribute('opacity')).toBe('1');
    expect(math?.querySelector('text.faded')).toBeNull();
    expect(svg.querySelector('desc')?.textContent).toContain('HumanEval, 31.6 points then 3.7');
  });

  test('moves a drawing that arrives as markup, without bound data, as the page’s build-time SVG does', () => {
    const markup = render('en', 720, 0).outerHTML;
    const document = new JSDOM(`<body>${markup}</body>`).window.document;
    const svg = document.querySelector('svg') as unknown as SVGSVGElement;
    updateBenchmarkGap(svg, data, { width: 720, locale: 'en', step: 1, duration: 0, idPrefix: 'gap' });
    expect(svg.querySelector('g.gap-row[data-key="MATH"] circle')?.getAttribute('opacity')).toBe('1');
    expect(svg.outerHTML).toBe(render('en', 720, 1).outerHTML);
  });

  test('the table has one row per measurement, with the date and the lead', () => {
    const table = benchmarkGapTable(data, 'zh');
    expect(table.rows).toHaveLength(8);
    expect(table.rows[1]!.map((c) => c.text).slice(0, 3)).toEqual(['MMLU', '2024 年 12 月', '0.3']);
  });
});

test('its CSV has one row per benchmark and year, in both languages', () => {
  const prepared = dataset();
  for (const locale of ['en', 'zh'] as const) expect(csvRows('benchmark-gap', locale)).toHaveLength(prepared.benchmarkGaps.length);
});
