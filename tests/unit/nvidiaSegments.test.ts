import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { loadAll } from '../../src/data';
import { nvidiaSegmentsDefinition } from '../../src/charts/nvidiaSegments/nvidia-segments.definition';
import { describeNvidiaSegments } from '../../src/charts/nvidiaSegments/describe';
import { placeEvents, xScale } from '../../src/charts/nvidiaSegments/layout';
import { prepareNvidiaSegments, yearOnYear } from '../../src/charts/nvidiaSegments/prepare';
import { nvidiaSegmentsState, nvidiaSegmentsSteps } from '../../src/charts/nvidiaSegments/state';
import { nvidiaSegmentsTable } from '../../src/charts/nvidiaSegments/table';
import { eventText } from '../../src/charts/nvidiaSegments/text';
import { translator } from '../../src/i18n/ui';
import { csvRows } from './csvRows';
import { dataset } from '../../src/data';

const { stepCount, render: nvidiaSegments, update: updateNvidiaSegments } = nvidiaSegmentsDefinition;

const data = prepareNvidiaSegments(loadAll());
const document = new JSDOM('').window.document;
const widths = [360, 720] as const;
const locales = ['en', 'zh'] as const;
const render = (width: number, locale: 'en' | 'zh', step: number) => nvidiaSegments(data, { width, locale, step, document });
const opacityOf = (svg: SVGSVGElement, key: string) => Number(svg.querySelector(`[data-step-key="${key}"]`)?.getAttribute('opacity'));
const quarter = (id: string) => data.quarters.find((q) => q.id === id)!;
const fiscalYear = (fy: number) => data.fiscalYears.find((y) => y.fiscalYear === fy)!;

describe('nvidia-segments: the data', () => {
  test('16 quarters from FY2021 Q1 to FY2024 Q4 for each of two segments, all in USD bn', () => {
    expect(data.quarters).toHaveLength(32);
    expect(data.quarters[0]).toMatchObject({ fiscalYear: 2021, quarter: 1, end: '2020-04-26' });
    expect(data.quarters.at(-1)).toMatchObject({ fiscalYear: 2024, quarter: 4, end: '2024-01-28' });
    // Stored as USD 1,900 m and 2,271 m.
    expect(quarter('fy2021-q3-data-center').usdBn).toBeCloseTo(1.9, 6);
    expect(quarter('fy2021-q3-gaming').usdBn).toBeCloseTo(2.271, 6);
  });

  test("each quarter runs from the day after the previous one ended: Nvidia's FY2021 Q4 ran 26 October 2020 to 31 January 2021", () => {
    expect(quarter('fy2021-q4-gaming')).toMatchObject({ start: '2020-10-26', end: '2021-01-31' });
    expect(fiscalYear(2024)).toMatchObject({ start: '2023-01-30', end: '2024-01-28' });
  });

  test('gaming was the larger segment in FY2021 (about 7.8 vs 6.7 bn) and FY2022 (about 12.5 vs 10.6 bn)', () => {
    expect(fiscalYear(2021).totals.gaming).toBeCloseTo(7.76, 2);
    expect(fiscalYear(2021).totals['data-center']).toBeCloseTo(6.69, 2);
    expect(fiscalYear(2022).totals.gaming).toBeCloseTo(12.46, 2);
    expect(fiscalYear(2022).totals['data-center']).toBeCloseTo(10.62, 2);
  });

  test('fiscal-year totals add up to the reported years: FY2023 data center 15.01 bn, FY2024 data center 47.5 bn', () => {
    expect(fiscalYear(2023).totals['data-center']).toBeCloseTo(15.01, 2);
    expect(fiscalYear(2024).totals['data-center']).toBeCloseTo(47.5, 1);
  });

  test('the steepest gaming fall is FY2023 Q3: 1.57 bn, down 51% on a year earlier', () => {
    expect(data.slump.id).toBe('fy2023-q3-gaming');
    expect(data.slump.change).toBeCloseTo(1.57 / 3.22 - 1, 6);
    expect(Math.round(data.slump.change * 100)).toBe(-51);
    expect(yearOnYear(data.quarters, quarter('fy2021-q1-gaming'))).toBeUndefined();
  });

  test('the data-center surge peaks at 18.4 bn in FY2024 Q4, against 2.9 bn for gaming', () => {
    expect(quarter(data.peak.id)).toMatchObject({ fiscalYear: 2024, quarter: 4, usdBn: 18.4 });
    expect(quarter(data.peak.gamingId).usdBn).toBe(2.9);
  });

  test("the essay's lifeline is sourced to the essay, with the FT's RTX 4090 report as the only related one", () => {
    expect(data.claim.sources).toContain('essay-huxiu');
    expect(data.claim.sources).toContain('dcd-4090-reboard');
    expect(data.sources.map((s) => s.id)).toEqual(expect.arrayContaining(data.claim.sources));
  });
});

describe('nvidia-segments: the steps', () => {
  test('three states, one per step of 04-gaming-gpus.mdx', () => {
    expect(stepCount).toBe(3);
    expect(nvidiaSegmentsSteps.map((s) => s.id)).toEqual(['revenue-gaming-era', 'revenue-slump', 'revenue-ai-boom']);
  });

  test('the gaming era emphasises FY2021–FY2022 and marks the cloud-gaming bets', () => {
    const { opacity } = nvidiaSegmentsState(data, 0);
    expect(opacity['bar-fy2022-q4-gaming']).toBe(1);
    expect(opacity['bar-fy2024-q4-data-center']).toBeLessThan(1);
    expect(opacity['event-stadia-launch']).toBe(1);
    expect(opacity['event-nvidia-tencent-start']).toBe(1);
    expect(opacity['event-chatgpt-launch']).toBe(0);
    expect(opacity.claim).toBe(0);
  });

  test('the slump emphasises FY2023 and Stadia’s close, with the fall measured', () => {
    const { opacity } = nvidiaSegmentsState(data, 1);
    expect(opacity['bar-fy2023-q3-gaming']).toBe(1);
    expect(opacity['event-stadia-close']).toBe(1);
    expect(opacity.slump).toBe(1);
  });

  test('the AI boom shows ChatGPT, the rule that caught the RTX 4090, the 4090D, the peak and the claim', () => {
    const { opacity } = nvidiaSegmentsState(data, 2);
    for (const id of ['chatgpt-launch', 'bis-oct-2023', 'rtx-4090d']) expect(opacity[`event-${id}`], id).toBe(1);
    expect(opacity['bar-fy2024-q4-data-center']).toBe(1);
    expect(opacity.peak).toBe(1);
    expect(opacity.claim).toBe(1);
    expect(opacity.slump).toBe(0);
  });

  test('a step out of range is clamped to a real one', () => {
    expect(nvidiaSegmentsState(data, 7).step).toBe(2);
  });
});

describe('nvidia-segments: event labels', () => {
  for (const width of widths) {
    for (const locale of locales) {
      test(`at ${width} px in ${locale}, event labels and markers shown together in the strip under the axis do not overlap, and stay inside`, () => {
        const t = translator(locale);
        const states = [0, 1, 2].map((step) => nvidiaSegmentsState(data, step).opacity);
        const together = (a: string, b: string) => states.some((o) => (o[`event-${a}`] ?? 0) > 0 && (o[`event-${b}`] ?? 0) > 0);
        const events = data.events.map((e) => ({ ...e, text: eventText(e, data, locale, t) }));
        const placed = placeEvents(events, { x: xScale(width), bounds: [4, width - 4], together });
        for (const [i, a] of placed.entries()) {
          expect(a.x0).toBeGreaterThanOrEqual(4);
          expect(a.x1).toBeLessThanOrEqual(width - 4);
          for (const b of placed.slice(i + 1)) {
            if (!together(a.id, b.id)) continue;
            if (a.row !== b.row) continue;
            const span = (p: typeof a) => [Math.min(p.x0, p.x - 4), Math.max(p.x1, p.x + 4)] as const;
            const [a0, a1] = span(a);
            const [b0, b1] = span(b);
            expect(a1 <= b0 || b1 <= a0, `${a.id} / ${b.id}`).toBe(true);
          }
        }
      });
    }
  }
});

describe('nvidia-segments: the chart a reader sees', () => {
  for (const width of widths) {
    for (const locale of locales) {
      test(`at ${width} px in ${locale}: 32 bars, each telling its quarter, value, confidence and sources`, () => {
        const svg = render(width, locale, 0);
        const bars = svg.querySelectorAll('rect[data-mark^="bar-"]');
        expect(bars).toHaveLength(32);
        for (const bar of bars) {
          expect(bar.getAttribute('data-confidence')).toBe('verified');
          expect(bar.getAttribute('data-sources')).not.toBe('');
          expect(bar.querySelector('title')?.textContent).toBe(bar.getAttribute('data-label'));
        }
        const peak = svg.querySelector('[data-mark="bar-fy2024-q4-data-center"]')?.getAttribute('data-label');
        expect(peak).toContain(locale === 'en' ? '$18.4 bn' : '184 亿美元');
        expect(svg.querySelector('[data-step-key="fy-2024"]')?.textContent).toBe(locale === 'en' ? 'FY2024' : '2024 财年');
      });

      test(`at ${width} px in ${locale}: one time axis (fiscal years), events as markers under it, no line through the bars`, () => {
        const svg = render(width, locale, 2);
        expect(svg.querySelectorAll('.event-rule')).toHaveLength(0);
        expect(svg.querySelectorAll('.event-marker')).toHaveLength(data.events.length);
        const baseline = Number(svg.querySelector('.baseline')?.getAttribute('y1') ?? svg.querySelector('.baseline')?.getAttribute('y'));
        for (const marker of svg.querySelectorAll('.event-marker')) expect(Number(marker.getAttribute('cy'))).toBeGreaterThan(baseline);
        const texts = [...svg.querySelectorAll('text')].map((el) => el.textContent);
        expect(texts.filter((s) => /^(2020|2021|2022|2023|2024)年?$/.test(s ?? ''))).toEqual([]);
        expect(svg.querySelectorAll('.fiscal-year')).toHaveLength(4);
        // The axis title is set level, not rotated.
        const title = svg.querySelector('.axis-title');
        expect(title?.textContent).toBe(translator(locale)('revenue.axis.value'));
        expect(title?.getAttribute('transform')).toBeNull();
      });

      test(`at ${width} px in ${locale}: the claim stands on a bracket over the cloud-gaming years, Stadia's launch to its close`, () => {
        const svg = render(width, locale, 2);
        const x = xScale(width);
        const d = svg.querySelector('[data-mark="claim"] .claim-period')?.getAttribute('d') ?? '';
        const [from, to] = /^M([\d.]+),[\d.]+V[\d.]+H([\d.]+)/.exec(d)!.slice(1).map(Number);
        const date = (id: string) => new Date(`${data.events.find((e) => e.id === id)!.date}T00:00:00Z`);
        expect(from).toBeCloseTo(x(date('stadia-launch')), 0);
        expect(to).toBeCloseTo(x(date('stadia-close')), 0);
        const box = svg.querySelector('[data-mark="claim"] .claim-box')!;
        expect(Number(box.getAttribute('x'))).toBeCloseTo(from!, 0);
      });

      test(`at ${width} px in ${locale}: the first step marks Stadia's launch and Nvidia's Tencent START deal`, () => {
        const svg = render(width, locale, 0);
        expect(opacityOf(svg, 'event-label-stadia-launch')).toBe(1);
        expect(svg.querySelector('[data-step-key="event-label-nvidia-tencent-start"]')?.textContent).toContain('START');
        expect(opacityOf(svg, 'claim')).toBe(0);
      });

      test(`at ${width} px in ${locale}: the last step shows the surge and the lifeline as a hollow, dashed claim`, () => {
        const svg = render(width, locale, 2);
        const claim = svg.querySelector('[data-mark="claim"]')!;
        expect(claim.getAttribute('data-confidence')).toBe('claim');
        expect(opacityOf(svg, 'claim')).toBe(1);
        expect(claim.querySelector('rect')?.getAttribute('stroke-dasharray')).toBeTruthy();
        expect(claim.querySelector('rect')?.getAttribute('class')).toContain('hollow');
        expect(claim.textContent).toContain(locale === 'en' ? 'No public source corroborates' : '没有公开来源证实');
        expect(claim.textContent).toContain('RTX 4090');
        expect(svg.querySelector('[data-step-key="peak"]')?.textContent).toContain(locale === 'en' ? '$18.4 bn' : '184 亿美元');
        expect(svg.querySelector('[data-step-key="event-label-bis-oct-2023"]')?.textContent).toContain('RTX 4090');
        expect(opacityOf(svg, 'event-label-rtx-4090d')).toBe(1);
        expect(svg.querySelector('desc')?.textContent).toContain(locale === 'en' ? '$18.4 bn' : '184 亿美元');
      });
    }
  }

  test('the slump step states the fall in gaming on the chart', () => {
    const svg = render(720, 'en', 1);
    const lines = [...svg.querySelectorAll('[data-step-key="slump"] tspan')].map((l) => l.textContent);
    expect(lines.join(' ')).toBe('FY2023 Q3: gaming $1.57 bn, down 51% on a year earlier');
    expect(opacityOf(svg, 'slump')).toBe(1);
  });

  test("the legend explains the hollow, dashed mark; the subtitle explains Nvidia's fiscal year", () => {
    expect(render(360, 'en', 2).querySelector('[data-layer="legend"]')?.textContent).toContain('Unverified claim');
    expect(translator('en')('revenue.subtitle')).toContain('FY2024 ran from February 2023 to January 2024');
    expect(translator('zh')('revenue.subtitle')).toContain('2024 财年即 2023 年 2 月至 2024 年 1 月');
  });

  test('the first step describes the gaming era with the computed fiscal-year totals', () => {
    expect(describeNvidiaSegments(data, 0, 'en')).toContain('$7.8 bn against $6.7 bn for data centres in fiscal 2021, $12.5 bn against $10.6 bn');
    expect(describeNvidiaSegments(data, 0, 'zh')).toContain('2021 财年游戏 78 亿美元，数据中心 67 亿美元');
  });

  test('updating to another step changes opacity and the description, not the elements', () => {
    const svg = render(360, 'zh', 0);
    const claim = svg.querySelector('[data-mark="claim"]');
    const count = svg.querySelectorAll('*').length;
    updateNvidiaSegments(svg, data, { width: 360, locale: 'zh', step: 2, duration: 0 });
    expect(svg.querySelector('[data-mark="claim"]')).toBe(claim);
    expect(svg.querySelectorAll('*')).toHaveLength(count);
    expect(opacityOf(svg, 'claim')).toBe(1);
    expect(opacityOf(svg, 'event-stadia-launch')).toBe(0);
    expect(svg.querySelector('desc')?.textContent).toBe(describeNvidiaSegments(data, 2, 'zh'));
  });

  test('the same step renders the same SVG twice', () => {
    expect(render(720, 'en', 1).outerHTML).toBe(render(720, 'en', 1).outerHTML);
  });

  test('the table gives every quarter, in 亿美元 for Chinese readers', () => {
    const table = nvidiaSegmentsTable(data, 'zh');
    expect(table.rows).toHaveLength(32);
    const last = table.rows.find((row) => row[0]?.text === '2024 财年第 4 季度' && row[2]?.text === '数据中心')!;
    expect(last[3]?.text).toBe('184');
  });
});

test('its CSV has one row per segment and quarter, in both languages', () => {
  const prepared = dataset();
  for (const locale of ['en', 'zh'] as const) expect(csvRows('nvidia-segments', locale)).toHaveLength(prepared.nvidiaRevenue.length);
});
