import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { chipThresholdsDefinition } from '../../src/charts/chipThresholds/chip-thresholds.definition';
import { describeChipThresholds } from '../../src/charts/chipThresholds/describe';
import { chartHeight, chipLayout } from '../../src/charts/chipThresholds/layout';
import { prepareChipThresholds } from '../../src/charts/chipThresholds/prepare';
import { chipThresholdsState, chipThresholdSteps } from '../../src/charts/chipThresholds/state';
import { chipThresholdsTable } from '../../src/charts/chipThresholds/table';
import { legendItems } from '../../src/charts/chipThresholds/text';
import { dataset } from '../../src/data';
import { locales, type Locale } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';
import { palettes } from '../../src/charts/shared/theme';
import { setBack } from '../../src/charts/chipThresholds/emphasis';
import { contrast } from '../../src/charts/shared/colour';
import type { Box } from '../../src/charts/shared/labels';
import { textWidthEm } from '../../src/charts/shared/wrapText';
import { fontSize } from '../../src/charts/shared/theme';
import { csvRows } from './csvRows';

const { render: chipThresholds, id, stepCount, update: updateChipThresholds } = chipThresholdsDefinition;

const data = prepareChipThresholds(dataset());
const widths = [360, 720] as const;

function storyStepIds(locale: string): string[] {
  const mdx = readFileSync(`src/content/story/${locale}/01-chip-ban.mdx`, 'utf8');
  const block = /<Scrolly chart="chip-thresholds">([\s\S]*?)<\/Scrolly>/.exec(mdx)?.[1] ?? '';
  return [...block.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
}

function render(locale: Locale, width: number, step: number) {
  return chipThresholds(data, { width, locale, step, document: new JSDOM('').window.document, idPrefix: id });
}

function layoutAt(locale: Locale, width: number, step: number) {
  const t = translator(locale);
  const state = chipThresholdsState(data, step);
  return { state, layout: chipLayout(state, { width, locale, t, legendLabels: legendItems(t, palettes.light).map((i) => i.label) }) };
}

/** An element as a reader's browser takes it: attribute order means nothing, so it is set aside. */
function canonical(node: Element): string {
  const attributes = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort();
  const children = [...node.childNodes].map((c) => (c.nodeType === 1 ? canonical(c as Element) : (c.textContent ?? '')));
  return `<${node.tagName} ${attributes.join(' ')}>${children.join('')}</${node.tagName}>`;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const markIds = (step: number) => chipThresholdsState(data, step).marks.map((m) => m.id);

describe('chip thresholds steps', () => {
  test('has one state per <Step> of the chip-ban section, in both languages', () => {
    for (const locale of locales) expect(storyStepIds(locale)).toHaveLength(stepCount);
    expect(stepCount).toBe(chipThresholdSteps.length);
  });

  test('the 2022 steps plot the rule’s compute test against the transfer rate; the 2023 steps TPP against density', () => {
    expect([0, 1, 2, 3].map((s) => chipThresholdsState(data, s).yMetric)).toEqual(['interconnect', 'interconnect', 'density', 'density']);
    expect([0, 1, 2, 3].map((s) => chipThresholdsState(data, s).rule)).toEqual(['2022', '2022', '2023', '2023']);
  });

  test('the first step shows the A100 and H100 inside the box; the second adds the A800 and H800 outside it', () => {
    const first = chipThresholdsState(data, 0);
    expect(first.marks.map((m) => [m.id, m.status])).toEqual([
      ['a100', 'controlled'],
      ['h100', 'controlled'],
    ]);
    const second = chipThresholdsState(data, 1);
    expect(Object.fromEntries(second.marks.map((m) => [m.id, m.status]))).toMatchObject({ a800: 'outside', h800: 'outside' });
    expect(second.regions.map((r) => r.id)).toEqual(['controlled-a']);
  });

  test('under the 2023 rule the A100 and A800 land on one spot and share one label; the A800, H800, L40S and RTX 4090 are caught', () => {
    const state = chipThresholdsState(data, 2);
    const mark = (chip: string) => state.marks.find((m) => m.id === chip)!;
    expect(mark('a100').names).toEqual(['A100', 'A800']);
    expect(mark('a800').names).toEqual([]);
    expect([mark('a800').tpp, mark('a800').y]).toEqual([mark('a100').tpp, mark('a100').y]);
    const status = Object.fromEntries(state.marks.map((m) => [m.id, m.status]));
    expect(status).toMatchObject({ a800: 'controlled', h800: 'controlled', l40s: 'controlled', rtx4090: 'controlled' });
    expect(state.regions.map((r) => r.kind)).toEqual(['controlled', 'controlled', 'notify', 'notify']);
  });

  test('the last step adds Nvidia’s 2023 answers, every one outside the rule', () => {
    const added = chipThresholdsState(data, 3).marks.filter((m) => !markIds(2).includes(m.id));
    expect(added.map((m) => m.id).sort()).toEqual(['h20', 'l2', 'l20', 'rtx4090d']);
    expect(added.every((m) => m.status === 'outside')).toBe(true);
  });

  test('at each answer step the answering chips are the subject and the others context; at the 2023 rule, every chip', () => {
    const subjects = (step: number) =>
      chipThresholdsState(data, step)
        .marks.filter((m) => m.focus)
        .map((m) => m.id)
        .sort();
    expect(subjects(1)).toEqual(['a800', 'h800']);
    expect(subjects(2)).toEqual(markIds(2).sort());
    expect(subjects(3)).toEqual(['h20', 'l2', 'l20', 'rtx4090d']);
  });

  test('the chips just under a line are called out with both numbers: the RTX 4090D against 4,800, the H20 against 2,400', () => {
    const callouts = chipThresholdsState(data, 3)
      .marks.filter((m) => m.callout)
      .map((m) => [m.id, Math.round(m.callout!.value), m.callout!.line]);
    expect(callouts).toEqual([
      ['h20', 2368, 2400],
      ['rtx4090d', 4707, 4800],
    ]);
  });

  test('the axes change at the 2023 rule, and the step says so', () => {
    expect([0, 1, 2, 3].map((s) => chipThresholdsState(data, s).axesChanged)).toEqual([false, false, true, false]);
  });

  test('the 2023 lines run only where they divide one status from another, the density tiers 1.6 and 3.2 among them', () => {
    const lines = Object.fromEntries(chipThresholdsState(data, 3).lines.map((l) => [l.id, [l.value, ...l.span]]));
    expect(lines).toMatchObject({ 'density-1.6': [1.6, 2400, 4800], 'density-3.2': [3.2, 1600, 2400], 'tpp-2400': [2400, 1.6, 3.2] });
  });

  test('a step out of range is clamped to the nearest real one', () => {
    expect(chipThresholdsState(data, 9).step).toBe(3);
    expect(chipThresholdsState(data, -2).step).toBe(0);
  });
});

describe('chip thresholds layout', () => {
  test('faded context dots keep 3:1 against the page and the zones, in both themes', () => {
    for (const p of Object.values(palettes))
      for (const token of Object.values(setBack))
        for (const ground of [p.background, p.controlledFill, p.notifyFill]) expect(contrast(p[token], ground), token).toBeGreaterThanOrEqual(3);
  });

  test('the zones are named on the chart: licence and outside under both rules, notification under 2023', () => {
    expect(layoutAt('en', 360, 0).layout.zones.map((z) => z.id)).toEqual(['controlled', 'outside']);
    const zones = layoutAt('en', 360, 3).layout.zones;
    expect(zones.map((z) => z.id)).toEqual(['controlled', 'notify', 'outside']);
    expect(zones.find((z) => z.id === 'notify')!.lines.join(' ')).toBe('Notification required');
  });

  test('the call-outs are formatted for the language', () => {
    const labels = (locale: Locale) => layoutAt(locale, 720, 3).layout.labels;
    expect(labels('en').get('rtx4090d')!.lines).toEqual(['RTX 4090D', '4,707 vs 4,800']);
    expect(labels('zh').get('h20')!.lines).toEqual(['H20', '2,368，门槛 2,400']);
    expect(layoutAt('en', 360, 3).layout.labels.get('h20')!.lines).toEqual(['H20', '2,368', 'vs 2,400']);
  });

  test('the phone drawing stays under 400 px tall, so the step card leaves it in view', () => {
    expect(chartHeight(360)).toBeLessThanOrEqual(400);
    expect(chartHeight(720)).toBeGreaterThan(chartHeight(360));
  });

  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px: every mark sits in the plot, and no label overlaps another or a line`, () => {
        for (let step = 0; step < stepCount; step++) {
          const { state, layout } = layoutAt(locale, width, step);
          const { x, y, margin, height } = layout;
          const boxes: Box[] = [];
          for (const mark of state.marks.filter((m) => m.names.length > 0)) {
            expect(x(mark.tpp)).toBeGreaterThanOrEqual(margin.left);
            expect(x(mark.tpp)).toBeLessThanOrEqual(width - margin.right);
            expect(y(mark.y)).toBeGreaterThanOrEqual(margin.top);
            expect(y(mark.y)).toBeLessThanOrEqual(height - margin.bottom);
            const label = layout.labels.get(mark.id)!;
            if (label.dropped) continue;
            // The placer's own box: the label's middle at y, as many lines of type tall as it has.
            const labelWidth = Math.max(...label.lines.map((l) => textWidthEm(l))) * fontSize.label * 1.1;
            const half = (label.lines.length * fontSize.label + (label.lines.length - 1) * 2) / 2;
            const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - labelWidth : label.x - labelWidth / 2;
            const box = { x0, x1: x0 + labelWidth, y0: label.y - half, y1: label.y + half };
            for (const other of [...boxes, ...layout.obstacles]) expect(overlaps(box, other), `${mark.id} at step ${step}`).toBe(false);
            boxes.push(box);
          }
        }
      });
    }
  }
});

describe('chip thresholds drawing', () => {
  test('draws one mark per chip shown, with its evidence, and says the step in data-step', () => {
    const svg = render('en', 720, 3);
    expect(svg.getAttribute('data-step')).toBe('3');
    const marks = [...svg.querySelectorAll('g.chip')];
    expect(marks.map((g) => g.getAttribute('data-chip')).sort()).toEqual(markIds(3).sort());
    for (const g of marks) expect(g.getAttribute('data-sources')).not.toBe('');
    expect(svg.querySelector('g.chip[data-chip="h800"]')?.getAttribute('data-confidence')).toBe('estimate');
    expect(svg.querySelector('g.chip[data-chip="a100"]')?.getAttribute('data-focus')).toBe('context');
  });

  test('moving to another step updates the same SVG in place: marks are moved, not redrawn', () => {
    const svg = render('en', 360, 1);
    const before = svg.querySelector('g.chip[data-chip="h800"]');
    const at = before?.getAttribute('transform');
    updateChipThresholds(svg, data, { width: 360, locale: 'en', step: 3, duration: 0, idPrefix: id });
    const after = svg.querySelector('g.chip[data-chip="h800"]');
    expect(after).toBe(before);
    expect(after?.getAttribute('transform')).not.toBe(at);
    expect(svg.querySelector('desc')?.textContent).toBe(describeChipThresholds(data, 3, 'en'));
  });

  // The page starts from the build's drawing and moves it step by step, forwards and back: where it lands must be
  // what the build would have drawn for that step.
  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px: each step reached by moving from another draws what that step draws outright`, () => {
        const svg = render(locale, width, 0);
        for (const step of [1, 2, 3, 0, 3, 2, 1, 0, 2]) {
          updateChipThresholds(svg, data, { width, locale, step, duration: 0, idPrefix: id });
          expect(canonical(svg), `step ${step}`).toBe(canonical(render(locale, width, step)));
        }
      });
    }
  }
});

describe('chip thresholds captions and table', () => {
  test('each step’s <desc> names the chips its rule catches, from their computed status', () => {
    expect(describeChipThresholds(data, 0, 'en')).toContain('A100 and H100 SXM fall inside that box');
    expect(describeChipThresholds(data, 2, 'en')).toContain('A800, H800, L40S, and RTX 4090 are all caught');
    expect(describeChipThresholds(data, 1, 'zh')).toContain('A800 的位宽×TOPS 仍为 4,992，但传输速率只有 400 GB/s，低于 600');
  });

  test('the table gives every chip both verdicts', () => {
    const table = chipThresholdsTable(data, 'en');
    expect(table.rows).toHaveLength(data.chips.length);
    const h20 = table.rows.find((r) => r[0]!.text === 'H20')!;
    expect(h20[1]!.text).toBe('2,368');
    expect(h20.slice(4, 6).map((c) => c.text)).toEqual(['Outside the rule', 'Outside the rule']);
  });
});

describe('the log axis, the first a reader meets, carries a one-line key', () => {
  for (const locale of locales) {
    for (const width of widths) {
      test(`${locale} at ${width} px: every step's x-axis title says the scale is logarithmic and what its gaps mean`, () => {
        const key = locale === 'zh' ? '对数刻度：等距即等倍' : 'log scale: equal gaps, equal ratios';
        for (let step = 0; step < stepCount; step++) {
          const title = render(locale, width, step).querySelector('text.axis-title[data-key="x-title"]');
          expect(title?.textContent, `step ${step}`).toContain(key);
        }
      });
    }
  }
});

test('its CSV has one row per chip, in both languages', () => {
  const prepared = dataset();
  for (const locale of ['en', 'zh'] as const) expect(csvRows('chip-thresholds', locale)).toHaveLength(prepared.chips.length);
});
