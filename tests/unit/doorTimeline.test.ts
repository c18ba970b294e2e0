import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { doorTimelineDefinition } from '../../src/charts/timeline/door-timeline.definition';
import { chartHeight } from '../../src/charts/timeline/draw';
import { doorDomain, doorView } from '../../src/charts/timeline/doorView';
import { timelineLayout } from '../../src/charts/timeline/layout';
import { timelineLegendHeight, timelineLegendItems } from '../../src/charts/timeline/legend';
import { prepareTimelineView } from '../../src/charts/timeline/prepare';
import { timelineState } from '../../src/charts/timeline/state';
import { timelineTable } from '../../src/charts/timeline/table';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';
import { csvRows } from './csvRows';
import { chartById } from '../../src/charts/registry';

const { stepCount: doorStepCount, render: doorTimeline, update: updateDoorTimeline } = doorTimelineDefinition;

const data = prepareTimelineView(dataset(), doorView);

function storyStepIds(locale: string): string[] {
  const mdx = readFileSync(`src/content/story/${locale}/05-what-happened-next.mdx`, 'utf8');
  const block = /<Scrolly chart="door-timeline">([\s\S]*?)<\/Scrolly>/.exec(mdx)?.[1] ?? '';
  return [...block.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
}

const render = (locale: 'en' | 'zh', width: number, step: number) =>
  doorTimeline(data, { width, locale, step, document: new JSDOM('').window.document, idPrefix: 'door' });
const event = (id: string) => data.events.find((e) => e.id === id);

describe('the door that stayed open: the later timeline', () => {
  test('holds the events from January 2024 to late 2026, none of the opening’s earlier ones', () => {
    expect(data.events.every((e) => e.end > doorDomain[0] && e.date < doorDomain[1])).toBe(true);
    expect(event('huawei-entity-list')).toBeUndefined();
    expect(event('cloud-kyc-proposed')).toMatchObject({ date: '2024-01-29', lane: 'rules' });
    expect(event('eo-14110-revoked')).toMatchObject({ date: '2025-01-20', lane: 'rules', confidence: 'verified' });
    expect(event('rasa-house-2024')?.date).toBe('2024-09-09');
    expect(event('rasa-house-2026')?.date).toBe('2026-01-12');
  });

  test('draws the distillation accusations and the fleet estimate hollow, as claims and estimates', () => {
    expect(event('anthropic-distillation-claim')?.confidence).toBe('claim');
    expect(event('openai-distillation-claim')?.confidence).toBe('claim');
    expect(event('deepseek-fleet-estimate')?.confidence).toBe('estimate');
    const svg = render('en', 720, 3);
    for (const id of ['anthropic-distillation-claim', 'deepseek-fleet-estimate']) {
      expect(svg.querySelector(`g.event[data-mark="${id}"] circle`)?.getAttribute('class')).toContain('hollow');
    }
    expect(svg.querySelector('g.event[data-mark="deepseek-v3"] circle')?.getAttribute('class')).not.toContain('hollow');
  });

  test('has one state per <Step> of the section, in both languages, at least three', () => {
    for (const locale of locales) expect(storyStepIds(locale)).toEqual(doorView.steps.map((s) => s.id));
    expect(doorStepCount).toBeGreaterThanOrEqual(3);
  });

  test('the cloud step labels the proposed rule, the EO 14110 revocation, the AI Diffusion rule and both House votes', () => {
    const state = timelineState(data, 1);
    expect(state.emphasisedLanes).toEqual(['rules']);
    expect(state.labels).toEqual(
      expect.arrayContaining(['cloud-kyc-proposed', 'eo-14110-revoked', 'ai-diffusion-rescinded', 'rasa-house-2024', 'rasa-house-2026']),
    );
  });

  test('the chips step shows the H20 ban, its 15% licences, the H200 at 25% and Beijing’s own restrictions', () => {
    const state = timelineState(data, 2);
    expect(state.emphasisedLanes).toEqual(['nvidia']);
    expect(state.labels).toEqual(
      expect.arrayContaining(['h20-licence-required', 'h20-licences-15pc', 'h200-25pc', 'cac-summons-nvidia', 'rtx6000d-halted']),
    );
  });

  for (const locale of locales) {
    for (const width of [360, 720]) {
      test(`${locale} at ${width} px: every step's labels that fit stay inside the chart and clear of one another`, () => {
        const t = translator(locale);
        for (let step = 0; step < doorStepCount; step++) {
          const state = timelineState(data, step);
          const layout = timelineLayout(data, state, {
            width,
            height: chartHeight(width),
            locale,
            t,
            legendHeight: timelineLegendHeight(timelineLegendItems(data, t), width - 16),
          });
          expect(layout.labels.length, `step ${step} labels something`).toBeGreaterThanOrEqual(2);
          for (const label of layout.labels) {
            expect(label.box.x0).toBeGreaterThanOrEqual(0);
            expect(label.box.x1).toBeLessThanOrEqual(width);
          }
          for (const [i, a] of layout.labels.entries()) {
            for (const b of layout.labels.slice(i + 1)) {
              const clear = a.box.x1 <= b.box.x0 || b.box.x1 <= a.box.x0 || a.box.y1 <= b.box.y0 || b.box.y1 <= a.box.y0;
              expect(clear, `${a.id} / ${b.id}`).toBe(true);
            }
          }
        }
      });
    }
  }

  test('calls the fourth lane "Chinese firms", without the opening’s cloud gaming, in the chart and its table', () => {
    const svg = render('en', 720, 0);
    expect(svg.textContent).toContain('Chinese firms');
    expect(svg.textContent).not.toContain('cloud gaming');
    const row = timelineTable(data, 'zh').rows.find((r) => r[2]!.text === '千问、豆包赴东南亚训练')!;
    expect(row[1]!.text).toBe('中国企业');
    expect(row[0]!.text).toBe('2025 年 11 月');
  });

  test('moves between steps in place, and its <desc> follows the step', () => {
    const svg = render('zh', 720, 0);
    const mark = svg.querySelector('g.event[data-mark="deepseek-v3"]');
    updateDoorTimeline(svg, data, { width: 720, locale: 'zh', step: 3, duration: 0, idPrefix: 'door' });
    expect(svg.querySelector('g.event[data-mark="deepseek-v3"]')).toBe(mark);
    expect(svg.querySelector('desc')?.textContent).toBe(translator('zh')('door.desc.3'));
    expect(svg.getAttribute('data-step')).toBe('3');
  });
});

test('its CSV has one row per event the chart draws, in both languages', () => {
  const prepared = chartById('door-timeline').prepare(dataset()) as { events: unknown[] };
  for (const locale of ['en', 'zh'] as const) expect(csvRows('door-timeline', locale)).toHaveLength(prepared.events.length);
});
