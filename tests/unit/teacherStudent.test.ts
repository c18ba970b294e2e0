import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { loadAll } from '../../src/data';
import { teacherStudentDefinition } from '../../src/charts/teacherStudent/mmlu-scores.definition';
import { describeTeacherStudent } from '../../src/charts/teacherStudent/describe';
import { chartLabels, frame, labelBox, monthTickFormat, releasedDate, scales, dotRadius } from '../../src/charts/teacherStudent/layout';
import { gapToTeacher, prepareTeacherStudent } from '../../src/charts/teacherStudent/prepare';
import { teacherStudentState, teacherStudentSteps } from '../../src/charts/teacherStudent/state';
import { teacherStudentTable } from '../../src/charts/teacherStudent/table';
import { translator } from '../../src/i18n/ui';
import { csvRows } from './csvRows';
import { dataset } from '../../src/data';

const { render: teacherStudent, update: updateTeacherStudent, stepCount } = teacherStudentDefinition;

const data = prepareTeacherStudent(loadAll());
const document = new JSDOM('').window.document;
const widths = [360, 720] as const;
const locales = ['en', 'zh'] as const;
const render = (width: number, locale: 'en' | 'zh', step: number) => teacherStudent(data, { width, locale, step, document });
const opacityOf = (svg: SVGSVGElement, key: string) => Number(svg.querySelector(`[data-step-key="${key}"]`)?.getAttribute('opacity'));

describe('mmlu-scores: the data', () => {
  test('the teachers are GPT-4 at 86.4 and GPT-3.5 at 70.0, both dated March 2023', () => {
    expect(data.references.map((r) => [r.model, r.score, r.released.slice(0, 7)])).toEqual([
      ['GPT-4', 86.4, '2023-03'],
      ['GPT-3.5', 70, '2023-03'],
    ]);
  });

  test("the gap is measured from the best Chinese model: Qwen-72B's 77.4 is 9.0 points below GPT-4's 86.4", () => {
    expect(data.gap).toMatchObject({ student: 'Qwen-72B', studentScore: 77.4, teacher: 'GPT-4', teacherScore: 86.4, points: 9 });
  });

  test('the gap is computed, not looked up: a better student narrows it', () => {
    const better = [...data.scores, { ...data.scores.find((s) => s.id === 'qwen-72b')!, id: 'better', score: 80.1 }];
    expect(gapToTeacher(better).points).toBe(6.3);
  });

  test('ChatGLM3-6B is the one score tested 0-shot', () => {
    expect(data.scores.filter((s) => s.shots === 0).map((s) => s.model)).toEqual(['ChatGLM3-6B']);
  });

  test('every score keeps its sources, and the chart ships the sources it cites', () => {
    const ids = new Set(data.sources.map((s) => s.id));
    for (const score of data.scores) for (const id of score.sources) expect(ids.has(id), id).toBe(true);
  });
});

describe('mmlu-scores: the steps', () => {
  test('three states, one per step of 03-distillation.mdx', () => {
    expect(stepCount).toBe(3);
    expect(teacherStudentSteps.map((s) => s.id)).toEqual(['mmlu-teachers', 'mmlu-llama', 'mmlu-china']);
  });

  test('step 1 shows only the teachers', () => {
    const { opacity } = teacherStudentState(data, 0);
    expect(opacity['dot-gpt-4']).toBe(1);
    expect(opacity['dot-llama-65b']).toBe(0);
    expect(opacity['dot-qwen-72b']).toBe(0);
    expect(opacity.gap).toBe(0);
  });

  test('step 2 adds the LLaMA family; step 3 adds the Chinese models, fades LLaMA and shows the gap', () => {
    expect(teacherStudentState(data, 1).opacity['dot-llama-2-70b']).toBe(1);
    expect(teacherStudentState(data, 1).opacity['dot-qwen-72b']).toBe(0);
    const last = teacherStudentState(data, 2).opacity;
    expect(last['dot-qwen-72b']).toBe(1);
    expect(last['dot-llama-2-70b']).toBeGreaterThan(0);
    expect(last['dot-llama-2-70b']).toBeLessThan(1);
    expect(last.gap).toBe(1);
  });

  test('a step out of range is clamped to a real one', () => {
    expect(teacherStudentState(data, 9).step).toBe(2);
    expect(teacherStudentState(data, -1).step).toBe(0);
  });
});

describe('mmlu-scores: the layout', () => {
  test('release dates are written in the reader’s language', () => {
    expect(monthTickFormat('en')(releasedDate('2023-01-01'))).toBe('Jan 2023');
    expect(monthTickFormat('zh')(releasedDate('2023-01-01'))).toBe('2023 年 1 月');
    expect(monthTickFormat('zh')(releasedDate('2023-07-01'))).toBe('7 月');
  });

  for (const width of widths) {
    for (const locale of locales) {
      test(`at ${width} px in ${locale}, no label overlaps another label or a dot, and all stay inside`, () => {
        const t = translator(locale);
        const f = frame(width, width < 520 ? 42 : 21, locale, t);
        const { x, y } = scales(f);
        const boxes = chartLabels(data, f, locale, t).map((l) => ({ key: l.key, ...labelBox(l) }));
        const overlap = (a: (typeof boxes)[number], b: { x0: number; x1: number; y0: number; y1: number }) =>
          a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        for (const [i, a] of boxes.entries()) {
          expect(a.x0, a.key).toBeGreaterThanOrEqual(0);
          expect(a.x1, a.key).toBeLessThanOrEqual(width);
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.key} / ${b.key}`).toBe(false);
          for (const s of data.scores) {
            const [cx, cy] = [x(releasedDate(s.released)), y(s.score)];
            expect(overlap(a, { x0: cx - dotRadius, x1: cx + dotRadius, y0: cy - dotRadius, y1: cy + dotRadius }), `${a.key} over ${s.id}`).toBe(
              false,
            );
          }
        }
      });
    }
  }

  test('phones name fewer models than desktops', () => {
    const t = translator('en');
    const count = (width: number) => chartLabels(data, frame(width, 21, 'en', t), 'en', t).filter((l) => l.kind === 'model').length;
    expect(count(360)).toBeLessThan(count(720));
  });
});

describe('mmlu-scores: the chart a reader sees', () => {
  for (const width of widths) {
    for (const locale of locales) {
      test(`at ${width} px in ${locale}: every score is a dot that tells its evidence, and the harness note is on the chart`, () => {
        const svg = render(width, locale, 0);
        const dots = svg.querySelectorAll('circle[data-mark^="dot-"]');
        expect(dots).toHaveLength(data.scores.length);
        for (const dot of dots) {
          expect(dot.getAttribute('data-confidence')).toBe('verified');
          expect(dot.getAttribute('data-sources')).not.toBe('');
          expect(dot.querySelector('title')?.textContent).toBe(dot.getAttribute('data-label'));
        }
        expect(svg.querySelector('.chart-note')?.textContent).toContain('83.9');
        expect(svg.getAttribute('height')).toBe(String(width < 520 ? 380 : 470));
      });

      test(`at ${width} px in ${locale}: each teacher's line starts at the model's release, not before`, () => {
        const svg = render(width, locale, 0);
        const { x } = scales(frame(width, 21, locale, translator(locale)));
        for (const reference of data.references) {
          const line = svg.querySelector(`line[data-step-key="line-${reference.id}"]`)!;
          expect(Number(line.getAttribute('x1'))).toBeCloseTo(x(releasedDate(reference.released)), 0);
          expect(Number(line.getAttribute('x1'))).toBeGreaterThan(x(releasedDate('2023-01-01')) + 10);
        }
      });

      test(`at ${width} px in ${locale}: every score and gap is set with one decimal, from one formatter`, () => {
        const svg = render(width, locale, 2);
        const lines = [...svg.querySelectorAll('.chart-label')].flatMap((el) => {
          const spans = [...el.querySelectorAll('tspan')];
          return spans.length > 0 ? spans.map((span) => span.textContent!) : [el.textContent!];
        });
        const numbers = lines.flatMap((line) => line.match(/\d+\.\d+/g) ?? []);
        expect(numbers.length).toBeGreaterThan(2);
        for (const n of numbers) expect(n, n).toMatch(/^\d+\.\d$/);
        expect(svg.textContent).not.toContain('59.17');
      });

      test(`at ${width} px in ${locale}: every LLaMA and Llama 2 size is named, and the floor is random guessing at 25`, () => {
        const svg = render(width, locale, 1);
        for (const score of data.scores.filter((s) => s.family === 'open')) {
          const size = score.model.split(' ').at(-1)!;
          expect(svg.querySelector(`[data-step-key="label-${score.id}"]`)?.textContent, score.id).toContain(size);
          expect(opacityOf(svg, `label-${score.id}`)).toBe(1);
        }
        expect(svg.querySelector('[data-step-key="random-guess-label"]')?.textContent).toBe(locale === 'en' ? 'random guessing: 25' : '随机猜测：25');
        const floor = svg.querySelector('line[data-step-key="random-guess"]')!;
        expect(floor.parentElement?.getAttribute('stroke-dasharray')).toBeTruthy();
        expect(opacityOf(svg, 'random-guess')).toBe(1);
      });

      test(`at ${width} px in ${locale}: restyled like the other charts, with no tick marks`, () => {
        const svg = render(width, locale, 0);
        expect(svg.querySelectorAll('[data-layer$="tick"] path, [data-layer$="tick"] line')).toHaveLength(0);
      });

      test(`at ${width} px in ${locale}: the first step shows the teachers' lines at 86.4 and 70.0 and hides the rest`, () => {
        const svg = render(width, locale, 0);
        const lineLabels = [...svg.querySelectorAll('[data-step-key^="line-label-"]')].map((e) => e.textContent);
        expect(lineLabels).toEqual(['GPT-4 86.4', 'GPT-3.5 70.0']);
        expect(opacityOf(svg, 'line-gpt-4')).toBe(1);
        expect(opacityOf(svg, 'dot-qwen-72b')).toBe(0);
        expect(svg.querySelector('[data-step-key="dot-qwen-72b"]')?.getAttribute('pointer-events')).toBe('none');
        expect(opacityOf(svg, 'gap-label')).toBe(0);
      });

      test(`at ${width} px in ${locale}: the last step measures the gap to GPT-4 and marks ChatGLM3 as 0-shot`, () => {
        const svg = render(width, locale, 2);
        const gap = svg.querySelector('[data-step-key="gap-label"]')?.textContent ?? '';
        expect(gap).toContain('Qwen-72B 77.4');
        expect(gap).toContain(locale === 'en' ? '9.0 points below GPT-4' : '比 GPT-4 低 9.0 分');
        expect(opacityOf(svg, 'gap-label')).toBe(1);
        expect(svg.querySelector('line[data-mark="gap"]')?.getAttribute('data-confidence')).toBe('computed');
        expect(svg.querySelector('[data-step-key="label-chatglm3-6b"]')?.textContent).toContain(locale === 'en' ? '0-shot' : '零样本');
        expect(svg.querySelector('desc')?.textContent).toContain('9.0');
      });
    }
  }

  test('the note reads the same in both languages: vendors’ own tables, and Baichuan’s GPT-4 at 83.9', () => {
    expect(render(720, 'en', 0).querySelector('.chart-note')?.textContent).toBe(
      "Scores come from each vendor's own tables; harnesses differ (Baichuan's harness gives GPT-4 83.9).",
    );
    expect(render(720, 'zh', 0).querySelector('.chart-note')?.textContent).toContain('百川');
  });

  test('updating to another step changes opacity and the description, not the elements', () => {
    const svg = render(720, 'en', 0);
    const dot = svg.querySelector('[data-step-key="dot-qwen-72b"]');
    const count = svg.querySelectorAll('*').length;
    updateTeacherStudent(svg, data, { width: 720, locale: 'en', step: 2, duration: 0 });
    expect(svg.querySelector('[data-step-key="dot-qwen-72b"]')).toBe(dot);
    expect(svg.querySelectorAll('*')).toHaveLength(count);
    expect(opacityOf(svg, 'dot-qwen-72b')).toBe(1);
    expect(svg.querySelector('desc')?.textContent).toBe(describeTeacherStudent(data, 2, 'en'));
  });

  test('the same step renders the same SVG twice', () => {
    expect(render(360, 'zh', 2).outerHTML).toBe(render(360, 'zh', 2).outerHTML);
  });

  test('the table lists every score with its test setting and sources', () => {
    const table = teacherStudentTable(data, 'zh');
    expect(table.rows).toHaveLength(data.scores.length);
    const chatglm3 = table.rows.find((row) => row[0]?.text === 'ChatGLM3-6B')!;
    expect(chatglm3[4]?.text).toBe('零样本');
    expect(chatglm3[6]?.links?.length).toBeGreaterThan(0);
  });
});

test('its CSV has one row per MMLU score, in both languages', () => {
  const prepared = dataset();
  for (const locale of ['en', 'zh'] as const) expect(csvRows('mmlu-scores', locale)).toHaveLength(prepared.mmlu.length);
});
