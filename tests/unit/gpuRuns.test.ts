import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { gpuRunsDefinition } from '../../src/charts/gpuFleets/gpu-runs.definition';
import { prepareFleetsView, prepareGpuFleets } from '../../src/charts/gpuFleets/prepare';
import { runRowIds, runsView } from '../../src/charts/gpuFleets/runsView';
import { fleetsState } from '../../src/charts/gpuFleets/state';
import { rowIds, wankaId } from '../../src/charts/gpuFleets/steps';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { csvRows } from './csvRows';
import { chartById } from '../../src/charts/registry';

const { render: gpuFleets, update: updateGpuFleets } = gpuRunsDefinition;

const data = prepareFleetsView(dataset(), runsView);
const row = (id: string) => data.fleets.find((f) => f.id === id);
const render = (locale: 'en' | 'zh', step: number) =>
  gpuFleets(data, { width: 720, locale, step, document: new JSDOM('').window.document, idPrefix: 'runs' });

function storyStepIds(locale: string): string[] {
  const mdx = readFileSync(`src/content/story/${locale}/05-what-happened-next.mdx`, 'utf8');
  const block = /<Scrolly chart="gpu-runs">([\s\S]*?)<\/Scrolly>/.exec(mdx)?.[1] ?? '';
  return [...block.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('GPU counts after the essay', () => {
  test("puts DeepSeek-V3's 2,048 H800, Llama 3.1's 16,384 H100 and Colossus's 100,000 then 200,000 beside the essay's band", () => {
    expect(row(runRowIds.deepseekRun)).toMatchObject({ high: 2_048, chip: 'H800', confidence: 'verified' });
    expect(row(runRowIds.llama)).toMatchObject({ high: 16_384, chip: 'H100' });
    expect(row(runRowIds.colossus)?.high).toBe(100_000);
    expect(row(runRowIds.colossusLater)?.high).toBe(200_000);
    expect(row(rowIds.claim)).toMatchObject({ low: 1_000, high: 2_000, confidence: 'claim' });
  });

  test("SemiAnalysis's count of DeepSeek's whole fleet is an estimate, and drawn hollow", () => {
    expect(row(runRowIds.deepseekFleet)).toMatchObject({ high: 50_000, confidence: 'estimate' });
    const mark = render('en', 0).querySelector(`[data-mark="${runRowIds.deepseekFleet}"]`);
    expect(mark?.getAttribute('data-confidence')).toBe('estimate');
  });

  test('the cloud-loophole chart keeps only what was on record by the weeks after the essay', () => {
    const essay = prepareGpuFleets(dataset());
    expect(essay.fleets.map((f) => f.id)).not.toContain(runRowIds.deepseekRun);
    expect(essay.fleets.every((f) => f.date < '2024-03-01')).toBe(true);
    expect(essay.steps.map((s) => s.id)).toEqual(['fleets-claim', 'fleets-ft', 'fleets-frontier']);
  });

  test('has one state per gpu-runs <Step> of the section, in both languages', () => {
    for (const locale of locales) expect(storyStepIds(locale)).toEqual(runsView.steps.map((s) => s.id));
  });

  test('the first step brings forward the DeepSeek run and fleet, the essay’s band and the 万卡 line', () => {
    const { opacity } = fleetsState(data, 0);
    for (const id of [runRowIds.deepseekRun, runRowIds.deepseekFleet, rowIds.claim, wankaId]) expect(opacity[id], id).toBe(1);
    expect(opacity[runRowIds.colossus]).toBeLessThan(1);
  });

  test('a step naming a row the chart leaves out stops the build', () => {
    expect(() => prepareFleetsView(dataset(), { ...runsView, rows: (f) => f.id !== runRowIds.llama })).toThrow(/runs-us.*llama-31-run/);
  });

  test('its title and <desc> are its own, with the counts from the data, and its cards speak for its steps', () => {
    const svg = render('en', 1);
    expect(svg.querySelector('title')?.textContent).toBe('GPU counts after the essay');
    expect(svg.querySelector('desc')?.textContent).toContain('16,384 H100s');
    updateGpuFleets(svg, data, { width: 720, locale: 'zh', step: 0, duration: 0, idPrefix: 'runs' });
    expect(svg.querySelector('desc')?.textContent).toContain('2,048');
    expect(svg.querySelector('.fleets-note')).toBeNull();
  });
});

test('its CSV has one row per GPU count the chart draws, in both languages', () => {
  const prepared = chartById('gpu-runs').prepare(dataset()) as { fleets: unknown[] };
  for (const locale of ['en', 'zh'] as const) expect(csvRows('gpu-runs', locale)).toHaveLength(prepared.fleets.length);
});
