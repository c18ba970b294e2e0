import { blend, contrast } from '../../src/charts/shared/colour';
import { palettes } from '../../src/charts/shared/theme';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { gpuFleetsDefinition } from '../../src/charts/gpuFleets/gpu-fleets.definition';
import { fleetsLayout } from '../../src/charts/gpuFleets/layout';
import { prepareGpuFleets } from '../../src/charts/gpuFleets/prepare';
import { fadedOpacity, fleetsState } from '../../src/charts/gpuFleets/state';
import { fleetsSteps, rowIds, wankaId } from '../../src/charts/gpuFleets/steps';
import { wankaGpus } from '../../src/data/constants';
import { clampStep } from '../../src/charts/shared/clampStep';
import { gpuFleetsTable } from '../../src/charts/gpuFleets/table';
import { dataset } from '../../src/data';
import { perFirmAverage } from '../../src/derive/fleets';
import { locales } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';
import { csvRows } from './csvRows';
import { chartById } from '../../src/charts/registry';

const { render: gpuFleets, stepCount, update: updateGpuFleets } = gpuFleetsDefinition;

const data = prepareGpuFleets(dataset());
const widths = [360, 720] as const;

function storyStepIds(locale: string): string[] {
  const mdx = readFileSync(`src/content/story/${locale}/02-cloud-loophole.mdx`, 'utf8');
  const block = /<Scrolly chart="gpu-fleets">([\s\S]*?)<\/Scrolly>/.exec(mdx)?.[1] ?? '';
  return [...block.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
}

function render(locale: 'en' | 'zh', width: number, step: number) {
  const document = new JSDOM('').window.document;
  return gpuFleets(data, { width, locale, step, document, idPrefix: 'gf' });
}

/** Plot puts a mark's constant styles on its group: what an element shows is its own or its nearest ancestor's. */
function inherited(element: Element, attribute: string): string | null {
  for (let e: Element | null = element; e; e = e.parentElement) if (e.hasAttribute(attribute)) return e.getAttribute(attribute);
  return null;
}

const row = (id: string) => data.fleets.find((f) => f.id === id)!;

describe('gpu fleets data', () => {
  test("the FT's 100,000 A800 over four firms is about 25,000 per firm", () => {
    expect(perFirmAverage(100_000, 4)).toBe(25_000);
    expect(row(rowIds.ft)).toMatchObject({ high: 100_000, firms: 4, average: 25_000, chip: 'A800' });
  });

  test('only rows spread over several firms get an average', () => {
    expect(data.fleets.filter((f) => f.average !== undefined).map((f) => f.id)).toEqual([rowIds.ft]);
  });

  test('rows run from the largest count to the smallest: Meta’s 350,000 first, Baidu’s 1,600 Ascend last', () => {
    const highs = data.fleets.map((f) => f.high);
    expect(highs).toEqual([...highs].sort((a, b) => b - a));
    expect(data.fleets[0]!.id).toBe(rowIds.meta);
    expect(data.fleets.at(-1)!.id).toBe('baidu-ascend-910b');
  });

  test("the essay's 1,000–2,000 is a claim, a range, and GPT-4's 25,000 an estimate", () => {
    expect(row(rowIds.claim)).toMatchObject({ low: 1_000, high: 2_000, confidence: 'claim' });
    expect(row(rowIds.gpt4)).toMatchObject({ high: 25_000, confidence: 'estimate' });
    expect(row(rowIds.megascale)).toMatchObject({ high: 12_288, date: '2024-02-01' });
  });
});

describe('gpu fleets steps', () => {
  test('has one state per gpu-fleets <Step> of the cloud-loophole section, in both languages', () => {
    for (const locale of locales) expect(storyStepIds(locale)).toEqual(fleetsSteps.map((s) => s.id));
    expect(stepCount).toBe(3);
    expect(clampStep(7, stepCount)).toBe(2);
  });

  test("the claim step shows the essay's claim and the 万卡 line, the rest faded", () => {
    const { opacity } = fleetsState(data, 0);
    expect(opacity[rowIds.claim]).toBe(1);
    expect(opacity[wankaId]).toBe(1);
    expect(opacity[rowIds.ft]).toBe(fadedOpacity);
    expect(opacity[rowIds.meta]).toBe(fadedOpacity);
  });

  test('the FT step shows the FT order, GPT-4 and the claim they are compared with', () => {
    const { opacity } = fleetsState(data, 1);
    for (const id of [rowIds.claim, rowIds.ft, rowIds.gpt4]) expect(opacity[id], id).toBe(1);
    expect(opacity[rowIds.megascale]).toBe(fadedOpacity);
  });

  test('the frontier step shows everything', () => {
    const { opacity, highlight } = fleetsState(data, 2);
    expect(Object.values(opacity).every((o) => o === 1)).toBe(true);
    expect(highlight).toEqual([rowIds.meta, rowIds.megascale]);
  });
});

describe('gpu fleets layout', () => {
  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px: rows stay in order inside the plot and the 万卡 line breaks around text`, () => {
        const layout = fleetsLayout(data, { width, locale, t: translator(locale), legendLabels: ['a', 'b'] });
        const ys = layout.rows.map((r) => r.markY);
        expect(ys).toEqual([...ys].sort((a, b) => a - b));
        expect(ys[0]!).toBeGreaterThan(layout.plotTop);
        expect(ys.at(-1)!).toBeLessThan(layout.plotBottom);
        expect(layout.x(1_000)).toBeGreaterThan(layout.margin.left);
        expect(layout.x(1_000_000)).toBeLessThan(width - layout.margin.right);
        expect(layout.wankaSegments.length).toBeGreaterThan(0);
        for (const [y1, y2] of layout.wankaSegments) expect(y2).toBeGreaterThan(y1);
      });
    }
  }
});

describe('gpu fleets drawing', () => {
  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px, first step: the claim is a hollow dashed range beside the 万卡 line`, () => {
        const svg = render(locale, width, 0);
        const claim = svg.querySelector(`rect[data-mark="${rowIds.claim}"]`)!;
        expect(claim.getAttribute('data-confidence')).toBe('claim');
        expect(inherited(claim, 'stroke-dasharray')).toBeTruthy();
        expect(inherited(claim, 'fill')).toBe('#ffffff');
        expect(claim.getAttribute('class')).toContain('hollow');
        expect(claim.getAttribute('data-label')).toContain('1,000–2,000');
        expect(claim.querySelector('title')?.textContent).toBe(claim.getAttribute('data-label'));
        expect(claim.getAttribute('opacity')).toBe('1');
        expect(svg.querySelector(`[data-mark="${rowIds.meta}"]`)?.getAttribute('opacity')).toBe(String(fadedOpacity));
        const text = svg.textContent ?? '';
        expect(text).toContain('万卡');
        expect(svg.querySelector(`line[data-mark="${wankaId}"]`)).not.toBeNull();
        const ticks = [...svg.querySelectorAll('text')].map((e) => e.textContent);
        expect(ticks).toEqual(expect.arrayContaining(locale === 'zh' ? ['1 万', '10 万', '100 万'] : ['10,000', '100,000', '1,000,000']));
        for (const mark of svg.querySelectorAll('[data-mark]'))
          expect(mark.querySelector('title')?.textContent).toBe(mark.getAttribute('data-label'));
        // The card says all this step needs; the legend keys the hollow, dashed claim.
        expect(svg.querySelector('.fleets-note')).toBeNull();
        expect(svg.outerHTML, 'drawing is deterministic').toBe(render(locale, width, 0).outerHTML);
      });

      test(`${locale} at ${width} px, last step: Meta's 350,000 and ByteDance's 12,288 (after the essay) at full strength`, () => {
        const svg = render(locale, width, 2);
        for (const id of [rowIds.meta, rowIds.megascale]) expect(svg.querySelector(`[data-mark="${id}"]`)?.getAttribute('opacity')).toBe('1');
        const text = svg.textContent ?? '';
        expect(text).toContain(locale === 'zh' ? '35 万' : '350,000');
        expect(text).toContain('12,288');
        expect(svg.querySelector('.fleets-note')).toBeNull();
        expect(svg.querySelector('desc')?.textContent).toContain('12,288');
      });
    }
  }

  test('the FT step updates the chart in place, and its note says what its card does not: the rule cut off orders still due, and the essay counts only training cards', () => {
    const svg = render('en', 360, 0);
    // Everything but the note, which only some steps write, and whose lines follow its length.
    const elements = () => svg.querySelectorAll('*:not(.fleets-note):not(.fleets-note tspan)').length;
    const count = elements();
    const ft = svg.querySelector(`[data-mark="${rowIds.ft}"]`);
    updateGpuFleets(svg, data, { width: 360, locale: 'en', step: 1, duration: 0, idPrefix: 'gf' });
    expect(svg.querySelector(`[data-mark="${rowIds.ft}"]`)).toBe(ft);
    expect(elements()).toBe(count);
    expect(ft?.getAttribute('opacity')).toBe('1');
    const average = svg.querySelector(`[data-mark="${rowIds.ft}-average"]`)!;
    expect(average.getAttribute('data-confidence')).toBe('computed');
    expect(average.getAttribute('data-label')).toContain('25,000 per firm');
    const note = svg.querySelector('.fleets-note')?.textContent ?? '';
    expect(note).toMatch(/October 2023 rule cut off orders still due/);
    expect(note).toMatch(/only cards for general model training/);
    expect(note).not.toMatch(/disagree/);
    expect(svg.querySelector('desc')?.textContent).toContain('25,000');
  });

  test('the Chinese chart writes the per-firm average as 平均每家约 2.5 万', () => {
    const svg = render('zh', 720, 1);
    expect(svg.textContent).toContain('平均每家约 2.5 万');
    expect(svg.querySelector('.fleets-note')?.textContent).toContain('文章只算用于通用大模型训练的卡');
  });

  test(`the 万卡 line stands at ${wankaGpus.toLocaleString('en')} GPUs`, () => {
    const layout = fleetsLayout(data, { width: 720, locale: 'en', t: translator('en'), legendLabels: [] });
    const svg = render('en', 720, 0);
    const line = svg.querySelector(`line[data-mark="${wankaId}"]`)!;
    expect(Number(line.getAttribute('x1'))).toBeCloseTo(layout.x(wankaGpus), 0);
  });

  test('the table gives every row, with the computed average for the FT row only', () => {
    const table = gpuFleetsTable(data, 'en');
    expect(table.rows).toHaveLength(data.fleets.length);
    const ft = table.rows.find((r) => r[0]!.text.includes('(FT)'))!;
    expect(ft[2]!.text).toBe('100,000');
    expect(ft[3]!.text).toBe('25,000');
    expect(table.rows.find((r) => r[0]!.text.includes('(essay)'))![2]!.text).toBe('1,000–2,000');
  });
});

describe('rows set back stay in sight', () => {
  test('a faded row keeps 2:1 on the page in both themes, and is fainter than a row in focus', () => {
    expect(fadedOpacity).toBeLessThan(1);
    for (const palette of Object.values(palettes)) {
      for (const colour of [palette.china, palette.usLabs, palette.text]) {
        expect(contrast(blend(colour, fadedOpacity, palette.background), palette.background)).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

test('its CSV has one row per GPU count the chart draws, in both languages', () => {
  const prepared = chartById('gpu-fleets').prepare(dataset()) as { fleets: unknown[] };
  for (const locale of ['en', 'zh'] as const) expect(csvRows('gpu-fleets', locale)).toHaveLength(prepared.fleets.length);
});
