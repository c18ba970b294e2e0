import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { timelineDefinition } from '../../src/charts/timeline/timeline.definition';
import { chartHeight } from '../../src/charts/timeline/draw';
import { timelineLayout, type Box } from '../../src/charts/timeline/layout';
import { timelineLegendHeight, timelineLegendItems } from '../../src/charts/timeline/legend';
import { periodEnd, prepareTimeline } from '../../src/charts/timeline/prepare';
import { timelineState } from '../../src/charts/timeline/state';
import { timelineSteps } from '../../src/charts/timeline/steps';
import { clampStep } from '../../src/charts/shared/clampStep';
import { timelineTable } from '../../src/charts/timeline/table';
import { wrapLabel } from '../../src/charts/shared/wrapLabel';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';
import { csvRows } from './csvRows';
import { chartById } from '../../src/charts/registry';

const { stepCount, render: timeline, update: updateTimeline } = timelineDefinition;

const data = prepareTimeline(dataset());
const widths = [360, 720] as const;

function storyStepIds(locale: string): string[] {
  const mdx = readFileSync(`src/content/story/${locale}/00-opening.mdx`, 'utf8');
  const block = /<Scrolly chart="timeline">([\s\S]*?)<\/Scrolly>/.exec(mdx)?.[1] ?? '';
  return [...block.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
}

function render(locale: 'en' | 'zh', width: number, step: number) {
  const document = new JSDOM('').window.document;
  return timeline(data, { width, locale, step, document, idPrefix: 'tl' });
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('timeline data', () => {
  test('a month-dated event spans its month and a year-dated one its year', () => {
    expect(periodEnd('2023-11-01', 'month')).toBe('2023-12-01');
    expect(periodEnd('2023-12-01', 'month')).toBe('2024-01-01');
    expect(periodEnd('2019-01-01', 'year')).toBe('2020-01-01');
    expect(periodEnd('2024-01-26', 'day')).toBe('2024-01-27');
  });

  test('keeps every event up to the weeks after the essay, in date order, with the sources they cite and no others', () => {
    expect(data.events).toHaveLength(dataset().events.filter((e) => e.date < '2024-03-01').length);
    expect(data.events.map((e) => e.id)).not.toContain('deepseek-v3');
    const dates = data.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const cited = new Set(data.events.flatMap((e) => e.sources));
    expect(data.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    expect(data.lanes).toEqual(['rules', 'nvidia', 'models', 'firms']);
  });

  test('the H20 report is dated to November 2023 as a month, and the Ascend 910 launch to 2019 as a year', () => {
    expect(data.events.find((e) => e.id === 'h20-reported')).toMatchObject({ date: '2023-11-01', end: '2023-12-01', precision: 'month' });
    expect(data.events.find((e) => e.id === 'ascend-910-launch')).toMatchObject({ date: '2019-01-01', end: '2020-01-01', precision: 'year' });
  });
});

describe('timeline steps', () => {
  test('has one state per <Step> of the opening, with the same ids, in both languages', () => {
    for (const locale of locales) expect(storyStepIds(locale)).toEqual(timelineSteps.map((s) => s.id));
    expect(stepCount).toBe(4);
  });

  test('clamps a step out of range to the nearest real one', () => {
    expect(clampStep(-3, stepCount)).toBe(0);
    expect(clampStep(9, stepCount)).toBe(3);
    expect(clampStep(Number.NaN, stepCount)).toBe(0);
  });

  test('the overview shows every lane at full strength and shades August 2022 onwards', () => {
    const state = timelineState(data, 0);
    expect(state.emphasisedLanes).toEqual(['rules', 'nvidia', 'models', 'firms']);
    expect(state.events.every((e) => e.emphasised && e.inDomain)).toBe(true);
    expect(state.band?.[0]).toBe('2022-08-01');
  });

  test('the rules step labels the is-informed letter, the 7 October rule, its 2023 update and EO 14110', () => {
    const state = timelineState(data, 1);
    expect(state.emphasisedLanes).toEqual(['rules']);
    expect([...state.labels].sort()).toEqual(['bis-oct-2022', 'bis-oct-2023', 'eo-14110', 'us-licence-a100-h100']);
    expect(state.events.filter((e) => e.emphasised).every((e) => e.event.lane === 'rules')).toBe(true);
  });

  test("Nvidia's answers step labels the A800, H800, H20/L20/L2 and RTX 4090D", () => {
    const state = timelineState(data, 2);
    expect(state.emphasisedLanes).toEqual(['nvidia']);
    expect([...state.labels].sort()).toEqual(['a800-confirmed', 'h20-reported', 'h800-reported', 'rtx-4090d']);
  });

  test('January zooms to October 2023 to February 2024 and labels the interview and the proposed rule', () => {
    const state = timelineState(data, 3);
    expect(state.domain).toEqual(['2023-10-01', '2024-03-01']);
    expect(state.labels).toEqual(['raimondo-reuters', 'cloud-kyc-proposed']);
    const inWindow = (id: string) => state.events.find((e) => e.event.id === id)!.inDomain;
    expect(inWindow('chatgpt-launch')).toBe(false);
    expect(inWindow('h20-reported')).toBe(true);
    expect(inWindow('megascale-paper')).toBe(true);
  });
});

describe('timeline layout', () => {
  test('wraps a label before quotation marks rather than inside them', () => {
    expect(wrapLabel('华为被列入“实体清单”', 120, 13, 'zh')).toEqual(['华为被列入', '“实体清单”']);
  });

  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px: every step keeps its labels, inside the chart and clear of one another`, () => {
        const t = translator(locale);
        const height = chartHeight(width);
        for (let step = 0; step < stepCount; step++) {
          const state = timelineState(data, step);
          const layout = timelineLayout(data, state, {
            width,
            height,
            locale,
            t,
            legendHeight: timelineLegendHeight(timelineLegendItems(data, t), width - 16),
          });
          expect(layout.labels.map((l) => l.id).sort(), `step ${step}`).toEqual([...state.labels].sort());
          for (const label of layout.labels) {
            expect(label.box.x0).toBeGreaterThanOrEqual(0);
            expect(label.box.x1).toBeLessThanOrEqual(width);
            const lane = layout.lanes.find((l) => l.lane === label.lane)!;
            expect(label.box.y0, `${label.id} stays below its lane's name`).toBeGreaterThan(lane.top + 18);
          }
          for (const [i, a] of layout.labels.entries())
            for (const b of layout.labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
          expect(layout.noteTop).toBeGreaterThan(layout.plotBottom + 20);
        }
      });
    }
  }
});

describe('timeline drawing', () => {
  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px: the overview draws every event, with a dot on a whisker for those dated only to a month or year`, () => {
        const svg = render(locale, width, 0);
        const marks = svg.querySelectorAll('g.event[data-mark]');
        expect(marks).toHaveLength(data.events.length);
        for (const mark of marks) expect(mark.querySelector('title')?.textContent).toBe(mark.getAttribute('data-label'));
        // No bar, which would read as a duration: a small dot on a whisker across the month or year.
        const imprecise = data.events.filter((e) => e.precision !== 'day').length;
        expect(svg.querySelectorAll('g.event rect')).toHaveLength(0);
        expect(svg.querySelectorAll('g.event[data-precision="month"] path.whisker, g.event[data-precision="year"] path.whisker').length).toBe(
          imprecise,
        );
        expect(svg.querySelectorAll('g.event[data-precision="month"] circle, g.event[data-precision="year"] circle').length).toBe(imprecise);
        expect(svg.querySelectorAll('g.event[data-precision="day"] circle').length).toBe(data.events.filter((e) => e.precision === 'day').length);
        const t = translator(locale);
        const text = svg.textContent ?? '';
        for (const lane of data.lanes) expect(text).toContain(t(`timeline.lane.${lane}`));
        const labelled = [...svg.querySelectorAll('g.event-label')].map((g) => g.getAttribute('data-label-for'));
        expect(labelled).toContain('huawei-entity-list');
        const huawei = [...svg.querySelectorAll('g.event-label[data-label-for="huawei-entity-list"] tspan')]
          .map((s) => s.textContent)
          .join(locale === 'en' ? ' ' : '');
        expect(huawei).toContain(locale === 'en' ? 'Huawei added to the Entity List' : '华为被列入“实体清单”');
        expect(text).toContain(locale === 'en' ? '2019' : '2019 年');
        expect(svg.querySelector('desc')?.textContent).toBe(t('timeline.desc.0'));
        expect(svg.outerHTML, 'drawing is deterministic').toBe(render(locale, width, 0).outerHTML);
      });

      test(`${locale} at ${width} px: the January close-up labels 26 and 29 January, and its card, not a note, tells the story`, () => {
        const svg = render(locale, width, 3);
        const labelled = [...svg.querySelectorAll('g.event-label')].map((g) => g.getAttribute('data-label-for'));
        expect(labelled.sort()).toEqual(['cloud-kyc-proposed', 'raimondo-reuters']);
        const interview = svg.querySelector('g.event-label[data-label-for="raimondo-reuters"]')?.textContent ?? '';
        expect(interview).toContain(locale === 'en' ? '26 Jan' : '1 月 26 日');
        expect(svg.textContent).not.toMatch(locale === 'en' ? /27 Jan/ : /1 月 27 日/);
        expect(svg.querySelector('.timeline-note')).toBeNull();
        const ticks = [...svg.querySelectorAll('g.tick text')].map((e) => e.textContent);
        expect(ticks).toContain(locale === 'en' ? 'Jan 2024' : '2024 年 1 月');
        expect(svg.querySelector('g.event[data-mark="chatgpt-launch"]')?.getAttribute('opacity')).toBe('0');
      });
    }
  }

  test('moving to another step updates the same SVG in place: marks are moved, not redrawn', () => {
    const svg = render('en', 360, 0);
    const before = svg.querySelector('g.event[data-mark="raimondo-reuters"]');
    const xBefore = before?.getAttribute('transform');
    updateTimeline(svg, data, { width: 360, locale: 'en', step: 3, duration: 0, idPrefix: 'tl' });
    const after = svg.querySelector('g.event[data-mark="raimondo-reuters"]');
    expect(after).toBe(before);
    expect(after?.getAttribute('transform')).not.toBe(xBefore);
    expect(svg.querySelectorAll('g.event')).toHaveLength(data.events.length);
    expect(svg.querySelector('desc')?.textContent).toBe(translator('en')('timeline.desc.3'));
    expect(svg.getAttribute('data-step')).toBe('3');
  });

  // The page starts from the build's drawing and moves it step by step: where it lands must be what the build
  // would have drawn for that step, or a reader would see marks the chart at that step does not have.
  for (const locale of locales) {
    test(`${locale}: each step reached by moving from the first draws what that step draws outright`, () => {
      const svg = render(locale, 720, 0);
      for (let step = 1; step < stepCount; step++) {
        updateTimeline(svg, data, { width: 720, locale, step, duration: 0, idPrefix: 'tl' });
        const marks = (root: SVGSVGElement) => [...root.querySelectorAll('g.event')].map((g) => g.outerHTML).sort();
        expect(marks(svg)).toEqual(marks(render(locale, 720, step)));
      }
    });
  }

  test('the table lists every event with its lane, date and sources', () => {
    const table = timelineTable(data, 'zh');
    expect(table.rows).toHaveLength(data.events.length);
    const row = table.rows.find((r) => r[2]!.text === '云服务“了解你的客户”规则草案')!;
    expect(row[0]!.text).toBe('2024 年 1 月 29 日');
    expect(row[1]!.text).toBe('美国规则');
    expect(row[4]!.links?.length).toBeGreaterThan(0);
  });
});

describe('timeline: imprecise dates, the close-up and crowded days', () => {
  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px: the precision field decides the mark, and a whisker spans its month or year, within the plot`, () => {
        for (const step of [0, 3]) {
          const svg = render(locale, width, step);
          for (const event of data.events) {
            const mark = svg.querySelector(`g.event[data-key="${event.id}"]`)!;
            expect(mark.getAttribute('data-precision')).toBe(event.precision);
            expect(mark.querySelector('path.whisker') !== null, event.id).toBe(event.precision !== 'day');
          }
          const translateX = (g: Element) => Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')![1]);
          const clip = svg.querySelector('clipPath rect')!;
          const [left, right] = [Number(clip.getAttribute('x')), Number(clip.getAttribute('x')) + Number(clip.getAttribute('width'))];
          expect(left).toBeGreaterThan(0);
          expect(right).toBeLessThan(width);
          for (const mark of svg.querySelectorAll('g.event[opacity]:not([opacity="0"])')) {
            const path = mark.querySelector('path.whisker');
            if (!path) continue;
            const xs = [...path.getAttribute('d')!.matchAll(/[MH](-?[\d.]+)/g)].map((m) => Number(m[1]) + translateX(mark));
            for (const x of xs) expect(x, mark.getAttribute('data-key')!).toBeGreaterThanOrEqual(left - 0.01);
            for (const x of xs) expect(x, mark.getAttribute('data-key')!).toBeLessThanOrEqual(right + 0.01);
          }
        }
      });

      test(`${locale} at ${width} px: the close-up says it is one, on the chart and in its description`, () => {
        const zoomed = render(locale, width, 3);
        const label = zoomed.querySelector('.zoom-label')?.textContent;
        expect(label).toBe(locale === 'en' ? 'Zoomed: October 2023 – February 2024' : '放大显示：2023 年 10 月至 2024 年 2 月');
        expect(zoomed.querySelector('desc')?.textContent).toContain(locale === 'en' ? 'Zoomed in' : '放大显示');
        expect(render(locale, width, 0).querySelector('.zoom-label')).toBeNull();
      });

      test(`${locale} at ${width} px: in the close-up the 26 and 29 January dots do not overlap`, () => {
        const svg = render(locale, width, 3);
        const centre = (id: string) => {
          const g = svg.querySelector(`g.event[data-key="${id}"]`)!;
          const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform')!)!.map(Number);
          return { x: x!, y: y!, r: Number(g.querySelector('circle')!.getAttribute('r')) };
        };
        const ids = ['raimondo-reuters', 'cloud-kyc-proposed'];
        for (const [i, a] of ids.entries())
          for (const b of ids.slice(i + 1)) {
            const [p, q] = [centre(a), centre(b)];
            expect(Math.hypot(p.x - q.x, p.y - q.y), `${a} / ${b}`).toBeGreaterThanOrEqual(p.r + q.r);
          }
      });
    }
  }
});

test('its CSV has one row per event the chart draws, in both languages', () => {
  const prepared = chartById('timeline').prepare(dataset()) as { events: unknown[] };
  for (const locale of ['en', 'zh'] as const) expect(csvRows('timeline', locale)).toHaveLength(prepared.events.length);
});
