import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { scorecardDefinition } from '../../src/charts/scorecard/scorecard.definition';
import { chartHeight, noteLine, reasonLine, scorecardLayout } from '../../src/charts/scorecard/layout';
import { prepareScorecard } from '../../src/charts/scorecard/prepare';
import { fadedOpacity, scorecardState, scorecardSteps } from '../../src/charts/scorecard/state';
import { scorecardTable } from '../../src/charts/scorecard/table';
import { stepNoteText } from '../../src/charts/shared/stepNote';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';
import { csvRows } from './csvRows';

const { render: scorecard, stepCount, update: updateScorecard } = scorecardDefinition;

const data = prepareScorecard(dataset());
const point = (id: string) => data.points.find((p) => p.id === id)!;
const render = (locale: 'en' | 'zh', width: number, step: number) =>
  scorecard(data, { width, locale, step, document: new JSDOM('').window.document, idPrefix: 'sc' });

function storyStepIds(locale: string): string[] {
  const mdx = readFileSync(`src/content/story/${locale}/05-what-happened-next.mdx`, 'utf8');
  const block = /<Scrolly chart="scorecard">([\s\S]*?)<\/Scrolly>/.exec(mdx)?.[1] ?? '';
  return [...block.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('scorecard data', () => {
  test("sets each of the essay's points against the record: the three crutches, the GPU count, 万卡, the gap, the lifeline and the US motive", () => {
    expect(data.points.map((p) => p.id)).toEqual([
      'crutch-llama',
      'crutch-distillation',
      'crutch-cloud',
      'per-firm-gpus',
      'wanka-need',
      'gap-to-openai',
      'gaming-lifeline',
      'us-motive',
    ]);
    for (const p of data.points) expect(p.sources.length, p.id).toBeGreaterThan(0);
  });

  test('the verdicts: LLaMA and the gap mixed, the per-firm count undercut, renting compute supported, the lifeline without evidence', () => {
    expect(point('crutch-llama').verdict).toBe('mixed');
    expect(point('gap-to-openai').verdict).toBe('mixed');
    expect(point('crutch-cloud').verdict).toBe('supported');
    expect(point('gaming-lifeline').verdict).toBe('no-evidence');
    expect(point('per-firm-gpus').verdict).toBe('undercut');
  });

  test('scores what the essay said about the gap: that it is large and copying cannot close it, not that it would widen', () => {
    const gap = point('gap-to-openai');
    expect(gap.point_en).not.toMatch(/widen/i);
    expect(gap.point_zh).not.toContain('拉大');
    expect(gap.sources).toContain('essay-huxiu');
    expect(data.points.map((p) => p.id)).not.toContain('widening-gap');
  });

  test('the verdicts that could mislead carry their reason, in both languages: LLaMA true of 2023, the count about holdings', () => {
    for (const id of ['crutch-llama', 'per-firm-gpus', 'gap-to-openai']) {
      expect(point(id).reason_en, id).toBeTruthy();
      expect(point(id).reason_zh, id).toMatch(/\p{Script=Han}/u);
    }
    expect(point('crutch-llama').reason_en).toContain('2023');
    expect(point('per-firm-gpus').evidence_en).toContain('cards held');
  });

  test('the per-firm verdict rests on holdings, not on one run: MegaScale and the fleet estimate are among its sources', () => {
    expect(point('per-firm-gpus').sources).toEqual(expect.arrayContaining(['megascale-arxiv', 'semianalysis-deepseek', 'arxiv-deepseek-v3']));
  });

  test('the 万卡 point does not say Chinese labs went without 万卡 clusters: ByteDance’s 12,288-GPU job is part of its evidence', () => {
    expect(point('wanka-need').evidence_en).toContain('12,288');
    expect(point('wanka-need').evidence_en).not.toMatch(/without them/);
  });

  test('the AI Diffusion rule is not said to have been rescinded before it took effect', () => {
    expect(point('us-motive').evidence_en).not.toMatch(/before it took effect/);
    expect(point('us-motive').evidence_en).toContain('took effect in January 2025');
  });

  test('no distillation claim is said to be ongoing (“still”) without a dated source', () => {
    expect(point('crutch-distillation').evidence_en).not.toMatch(/\bstill\b/);
    expect(point('crutch-distillation').evidence_zh).not.toContain('仍');
  });

  test('a verdict resting on the labs’ distillation accusations is labelled a claim, one on a fleet estimate an estimate', () => {
    expect(point('crutch-distillation').confidence).toBe('claim');
    expect(point('per-firm-gpus').confidence).toBe('estimate');
  });

  test('a step naming a point the data lacks stops the build, naming both', () => {
    const partial = { ...dataset(), scorecard: dataset().scorecard.filter((p) => p.id !== 'us-motive') };
    expect(() => prepareScorecard(partial)).toThrow(/score-outcome.*us-motive/);
  });
});

describe('scorecard steps', () => {
  test('has one state per scorecard <Step> of the section, in both languages', () => {
    for (const locale of locales) expect(storyStepIds(locale)).toEqual(scorecardSteps.map((s) => s.id));
    expect(stepCount).toBe(3);
  });

  test('the first step brings the three crutches forward and fades the rest', () => {
    const { opacity } = scorecardState(data, 0);
    expect(
      Object.entries(opacity)
        .filter(([, o]) => o === 1)
        .map(([id]) => id),
    ).toEqual(['crutch-llama', 'crutch-distillation', 'crutch-cloud']);
    expect(opacity['us-motive']).toBe(fadedOpacity);
  });
});

describe('scorecard drawing', () => {
  for (const locale of locales) {
    for (const width of [360, 720]) {
      test(`${locale} at ${width} px: every point and its verdict fit above the note, one row after another`, () => {
        const layout = scorecardLayout(data, { width, locale, t: translator(locale) });
        expect(layout.rows).toHaveLength(data.points.length);
        for (const [i, row] of layout.rows.entries()) {
          if (i > 0) expect(row.top).toBeGreaterThanOrEqual(layout.rows[i - 1]!.top + layout.rows[i - 1]!.height);
          expect(row.top + row.lines.length * 17 + row.reasonLines.length * reasonLine).toBeLessThanOrEqual(layout.noteTop);
        }
        // The longest step note, if any step writes one, fits under the rows and inside the chart.
        const t = translator(locale);
        const noteLines = Math.max(...scorecardSteps.map((s) => layout.noteLines(stepNoteText(t, s.note)).length));
        expect(layout.noteTop + noteLines * noteLine).toBeLessThanOrEqual(chartHeight(width));
      });
    }
  }

  test('each point is a mark with its verdict, evidence and sources; uncertain ones are hollow', () => {
    const svg = render('en', 720, 0);
    const marks = svg.querySelectorAll('g.point[data-mark]');
    expect(marks).toHaveLength(data.points.length);
    const distillation = svg.querySelector('g.point[data-mark="crutch-distillation"]')!;
    expect(distillation.getAttribute('data-confidence')).toBe('claim');
    expect(distillation.querySelector('title')?.textContent).toContain('Mixed');
    expect(distillation.querySelector('circle')?.getAttribute('class')).toContain('hollow');
    expect(svg.querySelector('g.point[data-mark="crutch-cloud"] circle')?.getAttribute('class')).not.toContain('hollow');
    expect(svg.querySelector('g.point[data-mark="gaming-lifeline"] .verdict')?.textContent).toBe('No evidence');
  });

  test('a verdict’s reason is drawn under its point where the rows have room, and is always in the mark’s description', () => {
    for (const locale of locales) {
      const svg = render(locale, 720, 0);
      const llama = svg.querySelector('g.point[data-mark="crutch-llama"]')!;
      expect(llama.querySelector('.point-reason')?.textContent, locale).toBe(
        locale === 'en' ? 'True of 2023; reversed by 2025.' : '2023 年属实，2025 年已反转。',
      );
      expect(svg.querySelector('g.point[data-mark="crutch-cloud"] .point-reason')?.textContent).toBe('');
    }
    const phone = render('en', 360, 0).querySelector('g.point[data-mark="crutch-llama"]')!;
    expect(phone.getAttribute('data-label')).toContain('Mixed (True of 2023; reversed by 2025.)');
  });

  test('in Chinese, verdicts and points are in Chinese', () => {
    const svg = render('zh', 360, 2);
    expect(svg.querySelector('g.point[data-mark="per-firm-gpus"] .verdict')?.textContent).toBe('与记录相悖');
    expect(svg.querySelector('g.point[data-mark="crutch-llama"] .point-reason')?.textContent).toBe('2023 年属实，2025 年已反转。');
    expect(svg.textContent).toContain('拐杖一');
  });

  test('moving to another step fades in place, and the <desc> names the step’s points', () => {
    const svg = render('en', 720, 0);
    const row = svg.querySelector('g.point[data-mark="us-motive"]');
    // A set-back row fades its marks; its text turns the faded grey, which keeps 3:1.
    expect(row?.querySelector('circle')?.getAttribute('opacity')).toBe(String(fadedOpacity));
    expect(row?.querySelector('text.verdict')?.classList.contains('faded')).toBe(true);
    updateScorecard(svg, data, { width: 720, locale: 'en', step: 2, duration: 0, idPrefix: 'sc' });
    expect(svg.querySelector('g.point[data-mark="us-motive"]')).toBe(row);
    expect(row?.querySelector('circle')?.getAttribute('opacity')).toBe('1');
    expect(row?.querySelector('text.faded')).toBeNull();
    expect(svg.querySelector('desc')?.textContent).toContain('The gap with OpenAI is large, and copying cannot close it: Mixed');
  });

  test('moves a drawing that arrives as markup, without bound data, as the page’s build-time SVG does', () => {
    const document = new JSDOM(`<body>${render('zh', 360, 0).outerHTML}</body>`).window.document;
    const svg = document.querySelector('svg') as unknown as SVGSVGElement;
    updateScorecard(svg, data, { width: 360, locale: 'zh', step: 2, duration: 0, idPrefix: 'sc' });
    expect(svg.outerHTML).toBe(render('zh', 360, 2).outerHTML);
  });

  test('the table gives each point its verdict, the facts that decide it and linked sources', () => {
    const table = scorecardTable(data, 'en');
    expect(table.rows).toHaveLength(data.points.length);
    const gap = table.rows.find((r) => r[0]!.text === 'The gap with OpenAI is large, and copying cannot close it')!;
    expect(gap[1]!.text).toBe('Mixed (Large in early 2024; months, not years, by 2025.)');
    expect(gap[2]!.text).toContain('17.5');
    // Every source that has an address is linked; the essay, whose address is not known, is named.
    expect(gap[4]!.links?.filter((l) => l.href !== '#').every((l) => l.href.startsWith('https://'))).toBe(true);
  });
});

test('its CSV has one row per point of the essay, in both languages', () => {
  const prepared = dataset();
  for (const locale of ['en', 'zh'] as const) expect(csvRows('scorecard', locale)).toHaveLength(prepared.scorecard.length);
});
