import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { scorecardDefinition } from '../../src/charts/scorecard/scorecard.definition';
import { badgeRadius, chartHeight, scorecardLayout } from '../../src/charts/scorecard/layout';
import { palettes } from '../../src/charts/shared/theme';
import { textWidthEm } from '../../src/charts/shared/wrapText';
import { prepareScorecard } from '../../src/charts/scorecard/prepare';
import { stepNoteText } from '../../src/charts/shared/stepNote';
import { fadedOpacity, scorecardState, scorecardSteps } from '../../src/charts/scorecard/state';
import { scorecardTable } from '../../src/charts/scorecard/table';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { shortDrawing } from '../../src/charts/widths';
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
      test(`${locale} at ${width} px: every point, its reason and its badge fit inside its own row, the rows above the note`, () => {
        const layout = scorecardLayout(data, { width, locale, t: translator(locale) });
        const { type } = layout;
        expect(layout.rows).toHaveLength(data.points.length);
        expect(layout.rows[0]!.top).toBeGreaterThanOrEqual(layout.plotTop);
        for (const [i, row] of layout.rows.entries()) {
          if (i > 0) expect(row.top).toBeGreaterThanOrEqual(layout.rows[i - 1]!.top + layout.rows[i - 1]!.height);
          const lastBaseline = row.baseline + (row.lines.length - 1) * type.pointLine + row.reasonLines.length * type.reasonLine;
          // The last line's descenders stay inside the row; the badge's top inside it too.
          expect(lastBaseline + 0.25 * type.point, row.point.id).toBeLessThanOrEqual(row.height);
          expect(row.middleY - badgeRadius(width), row.point.id).toBeGreaterThanOrEqual(0);
        }
        const last = layout.rows.at(-1)!;
        expect(last.top + last.height).toBeLessThanOrEqual(layout.noteTop);
        // The longest step note, if any step writes one, fits under the rows and inside the chart.
        const t = translator(locale);
        const noteLines = Math.max(...scorecardSteps.map((s) => layout.noteLines(stepNoteText(t, s.note)).length));
        expect(layout.noteTop + noteLines * type.noteLine).toBeLessThanOrEqual(chartHeight(width));
      });
    }
  }

  for (const locale of locales) {
    test(`${locale}, beside a card on a short screen: every point with its badge, a line or two each, inside 280 px; no reasons, dots or note`, () => {
      for (const width of shortDrawing.widths) {
        const where = `${locale} ${width}×${shortDrawing.height}`;
        const layout = scorecardLayout(data, { width, height: shortDrawing.height, locale, t: translator(locale) });
        expect(layout.short, where).toBe(true);
        expect(layout.rows.map((r) => r.point.id)).toEqual(data.points.map((p) => p.id));
        for (const row of layout.rows) {
          expect(row.lines.length, `${where} ${row.point.id}`).toBeLessThanOrEqual(2);
          expect(row.reasonLines, `${where} ${row.point.id}`).toEqual([]);
          const lastBaseline = row.baseline + (row.lines.length - 1) * layout.type.pointLine;
          expect(lastBaseline + 0.25 * layout.type.point, `${where} ${row.point.id}`).toBeLessThanOrEqual(row.height);
          for (const line of row.lines) expect(row.textX + textWidthEm(line) * layout.type.point, `${where} ${line}`).toBeLessThanOrEqual(width);
        }
        const last = layout.rows.at(-1)!;
        expect(last.top + last.height, where).toBeLessThanOrEqual(shortDrawing.height);
        // The four verdicts are named above the rows, on one line from 400 px.
        expect(layout.legend.map((e) => e.id)).toEqual(['supported', 'mixed', 'undercut', 'no-evidence']);
        if (width >= 400) expect(new Set(layout.legend.map((e) => e.y)).size, where).toBe(1);
        expect(Math.max(...layout.legend.map((e) => e.y)), where).toBeLessThan(layout.plotTop);
        const svg = scorecard(data, { width, height: shortDrawing.height, locale, step: 1, document: new JSDOM('').window.document, idPrefix: 'sc' });
        expect(svg.querySelectorAll('g.point .verdict-badge .badge-body'), where).toHaveLength(data.points.length);
        expect(svg.querySelector('circle.confidence-dot, .point-reason tspan, .score-hint, [data-note]'), where).toBeNull();
      }
    });
  }

  test('on a phone no text is set smaller than 13 px, 14 px in Chinese: 11 and 12 px on screen, where the drawing is shown at 0.9', () => {
    for (const [locale, smallest] of [
      ['en', 13],
      ['zh', 14],
    ] as const) {
      const svg = render(locale, 360, 1);
      const sizes = [...svg.querySelectorAll('text')].map((el) => {
        for (let node: Element | null = el; node; node = node.parentElement)
          if (node.getAttribute('font-size')) return Number(node.getAttribute('font-size'));
        return 0;
      });
      expect(Math.min(...sizes), locale).toBeGreaterThanOrEqual(smallest);
    }
  });

  test('each verdict has a shape of its own, so that the scale reads in greyscale: a tick, a half disc, a cross, a question mark in a ring', () => {
    const svg = render('en', 720, 0);
    const shapeOf = (verdict: string) => {
      const badge = svg.querySelector(`g.point[data-verdict="${verdict}"] g.verdict-badge`)!;
      return [...badge.children]
        .map((el) => `${el.tagName}:${el.getAttribute('d') ?? ''}:${el.getAttribute('fill') === palettes.light.background}`)
        .join('|');
    };
    const shapes = ['supported', 'mixed', 'undercut', 'no-evidence'].map(shapeOf);
    expect(new Set(shapes).size).toBe(4);
    expect(svg.querySelector('g.point[data-verdict="mixed"] path.badge-half')).not.toBeNull();
    expect(svg.querySelector('g.point[data-verdict="no-evidence"] circle.badge-open')).not.toBeNull();
  });

  test('each verdict has its colour from the palette; a row a step sets back takes the greyed one', () => {
    const svg = render('en', 720, 0);
    const fill = (id: string) => svg.querySelector(`g.point[data-mark="${id}"] .badge-body`)!.getAttribute('stroke');
    expect(fill('crutch-cloud')).toBe(palettes.light.verdictSupported);
    expect(fill('crutch-llama')).toBe(palettes.light.verdictMixed);
    expect(fill('per-firm-gpus')).toBe(palettes.light.verdictUndercutSetBack);
    expect(svg.querySelector('g.point[data-mark="per-firm-gpus"] .badge-body')!.classList.contains('set-back')).toBe(true);
    const dark = scorecard(data, { width: 720, locale: 'en', step: 1, theme: 'dark', document: new JSDOM('').window.document, idPrefix: 'sc' });
    expect(dark.querySelector('g.point[data-mark="per-firm-gpus"] .badge-body')!.getAttribute('stroke')).toBe(palettes.dark.verdictUndercut);
  });

  test('the legend names the four verdicts beside their badges, in both languages', () => {
    for (const locale of locales) {
      const t = translator(locale);
      for (const width of [360, 720]) {
        const legend = render(locale, width, 0).querySelector('[id$="legend"]')!;
        for (const verdict of ['supported', 'mixed', 'undercut', 'no-evidence'] as const) {
          // A name may wrap under its badge, a line a tspan.
          const name = t(`score.verdict.${verdict}`).replace(/\s/g, '');
          const entry = [...legend.querySelectorAll('g')].find((g) => g.querySelector(':scope > text')?.textContent?.replace(/\s/g, '') === name);
          expect(entry, `${locale} ${width} ${verdict}`).toBeDefined();
          expect(entry!.querySelector(`[data-verdict="${verdict}"]`), `${locale} ${width} ${verdict}`).not.toBeNull();
        }
      }
    }
  });

  test('on a laptop each badge sits in its verdict’s column, under the column’s head, so that the tally shows at a glance', () => {
    const layout = scorecardLayout(data, { width: 720, locale: 'en', t: translator('en') });
    for (const row of layout.rows) expect(row.badgeX, row.point.id).toBe(layout.columns.find((c) => c.verdict === row.point.verdict)!.x);
    expect(new Set(layout.columns.map((c) => c.x)).size).toBe(4);
    // The points' column ends before the first verdict's column begins.
    const firstColumn = Math.min(...layout.columns.map((c) => c.x));
    for (const row of layout.rows)
      for (const line of row.lines) expect(row.textX + textWidthEm(line) * layout.type.point, line).toBeLessThan(firstColumn - badgeRadius(720));
  });

  test('each point is a mark across its whole row, with its verdict, evidence and sources; a dot tells how sure, open for an estimate or claim', () => {
    const svg = render('en', 720, 0);
    const marks = svg.querySelectorAll('g.point[data-mark]');
    expect(marks).toHaveLength(data.points.length);
    const distillation = svg.querySelector('g.point[data-mark="crutch-distillation"]')!;
    expect(distillation.getAttribute('data-confidence')).toBe('claim');
    expect(distillation.querySelector('title')?.textContent).toContain('Mixed');
    expect(distillation.querySelector('title')?.textContent).toContain('Anthropic barred Chinese-owned firms');
    expect(distillation.querySelector('circle.confidence-dot')?.getAttribute('class')).toContain('open');
    expect(svg.querySelector('g.point[data-mark="crutch-cloud"] circle.confidence-dot')?.getAttribute('class')).not.toContain('open');
    const target = distillation.querySelector('rect.row-target')!;
    expect(Number(target.getAttribute('width'))).toBe(720);
    expect(Number(target.getAttribute('height'))).toBeGreaterThan(30);
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

  test('asides are italic in English and upright in Chinese, which has no italics', () => {
    for (const width of [360, 720]) {
      expect(render('zh', width, 0).querySelector('[font-style="italic"]'), `zh ${width}`).toBeNull();
      expect(render('en', width, 0).querySelector('text.score-hint')?.getAttribute('font-style'), `en ${width}`).toBe('italic');
    }
  });

  test('in Chinese, verdicts and points are in Chinese', () => {
    const svg = render('zh', 360, 2);
    expect(svg.querySelector('g.point[data-mark="per-firm-gpus"]')?.getAttribute('data-label')).toContain('与记录相悖');
    expect(svg.querySelector('[id$="legend"]')?.textContent).toContain('与记录相悖');
    expect(svg.querySelector('g.point[data-mark="crutch-llama"] .point-reason')?.textContent).toBe('2023 年属实，2025 年已反转。');
    expect(svg.textContent).toContain('拐杖一');
  });

  test('moving to another step fades in place, and the <desc> names the step’s points', () => {
    const svg = render('en', 720, 0);
    const row = svg.querySelector('g.point[data-mark="us-motive"]');
    // A set-back row greys its badge; its text turns the faded grey, which keeps 3:1.
    expect(row?.querySelector('.badge-body')?.classList.contains('set-back')).toBe(true);
    expect(row?.querySelector('text.point-text')?.classList.contains('faded')).toBe(true);
    updateScorecard(svg, data, { width: 720, locale: 'en', step: 2, duration: 0, idPrefix: 'sc' });
    expect(svg.querySelector('g.point[data-mark="us-motive"]')).toBe(row);
    expect(row?.querySelector('.badge-body')?.classList.contains('set-back')).toBe(false);
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
