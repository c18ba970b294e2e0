import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { trainingDaysDefinition } from '../../src/charts/trainingDays/training-days.definition';
import { describeInputs } from '../../src/charts/trainingDays/describe';
import { formatAboutDays, formatDuration, formatFlop, roundDays } from '../../src/charts/trainingDays/format';
import { textWidthEm } from '../../src/charts/shared/wrapText';
import { prepareTrainingDays } from '../../src/charts/trainingDays/prepare';
import {
  clampInputs,
  daysFor,
  defaultInputs,
  gpuSteps,
  nearestGpuStep,
  trainingDaysPresets,
  trainingDaysState,
} from '../../src/charts/trainingDays/state';
import { trainingDaysTable } from '../../src/charts/trainingDays/table';
import { clampStep } from '../../src/charts/shared/clampStep';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';
import { csvRows } from './csvRows';
import { chartById } from '../../src/charts/registry';

const { id, stepCount, render: trainingDaysChart, update: updateTrainingDays } = trainingDaysDefinition;

const data = prepareTrainingDays(dataset());
const days = (model: string, chip: string, gpus: number, utilisation: number) => daysFor(data, { model, chip, gpus, utilisation });
const render = (locale: 'en' | 'zh', step: number, width: number) =>
  trainingDaysChart(data, { width, locale, step, document: new JSDOM('').window.document, idPrefix: `${id}-test` });

describe('trainingDays derivations (FACTS.md, section C)', () => {
  test('GPT-3 on 1,000 A100 at 50% takes about 23 days', () => {
    expect(Math.round(days('gpt-3', 'a100', 1_000, 0.5))).toBe(23);
  });

  test('GPT-4 (2.1e25) on the essay’s 2,000 A100 at 35% takes about 1,100 days, about three years', () => {
    const value = days('gpt-4', 'a100', 2_000, 0.35);
    expect(value).toBeGreaterThan(1_100);
    expect(value).toBeLessThan(1_120);
    expect(formatDuration('en', translator('en'), value)).toBe('1,100 days (about 3 years)');
    expect(formatDuration('zh', translator('zh'), value)).toBe('1,100 天，也就是约 3 年');
  });

  test('the readout is rounded for reading: two significant figures from 100 days, whole days from 10, tenths below', () => {
    expect([1_113, 1_110, 223, 26_120, 99.6, 16.64, 5.55].map(roundDays)).toEqual([1_100, 1_100, 220, 26_000, 100, 17, 5.6]);
    expect(formatAboutDays('en', translator('en'), 1_113)).toBe('about 1,100 days');
    expect(formatAboutDays('zh', translator('zh'), 1_113)).toBe('约 1,100 天');
  });

  test('GPT-4 on 10,000 H100 at 40% (万卡) takes about 61 days', () => {
    expect(Math.round(days('gpt-4', 'h100', 10_000, 0.4))).toBe(61);
  });

  test('万卡 one change at a time: five times the A100s take a fifth of the time; the H800 and H100 take the same', () => {
    expect(days('gpt-4', 'a100', 10_000, 0.35) / days('gpt-4', 'a100', 2_000, 0.35)).toBeCloseTo(1 / 5, 9);
    expect(Math.round(days('gpt-4', 'a100', 10_000, 0.35))).toBe(223);
    expect(Math.round(days('gpt-4', 'h800', 10_000, 0.35))).toBe(70);
    expect(days('gpt-4', 'h800', 10_000, 0.35)).toBe(days('gpt-4', 'h100', 10_000, 0.35));
  });

  test('Llama 2 70B’s compute is computed as 6 × 70e9 × 2e12 ≈ 8.4e23 FLOP', () => {
    const llama = data.models.find((m) => m.id === 'llama-2-70b')!;
    expect(llama.computeFlop / 8.4e23).toBeCloseTo(1, 9);
    expect(llama.params).toBe(70e9);
    expect(formatFlop('en', llama.computeFlop)).toBe('8.4×10²³');
  });

  test('the calculator offers exactly A100, H100, H800 and H20 at their 16-bit dense peaks', () => {
    expect(data.chips.map((c) => [c.id, c.peakTflops])).toEqual([
      ['a100', 312],
      ['h100', 989.4],
      ['h800', 989.4],
      ['h20', 148],
    ]);
  });
});

describe('trainingDays states follow the story', () => {
  test.each(locales)('the presets match the training-days steps of the %s story, in order', (locale) => {
    const mdx = readFileSync(`src/content/story/${locale}/02-cloud-loophole.mdx`, 'utf8');
    const scrolly = /<Scrolly chart="training-days">([\s\S]*?)<\/Scrolly>/.exec(mdx)![1]!;
    const stepIds = [...scrolly.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]);
    expect(trainingDaysPresets.map((p) => p.stepId)).toEqual(stepIds);
    expect(stepCount).toBe(stepIds.length);
  });

  test.each([
    [0, 'gpt-3', 'a100', 2_000, 0.35, 17, false],
    [1, 'gpt-4', 'a100', 2_000, 0.35, 1_113, true],
    [2, 'gpt-4', 'a100', 10_000, 0.35, 223, true],
    [3, 'gpt-4', 'h800', 10_000, 0.35, 70, true],
    [4, 'gpt-4', 'h100', 10_000, 0.35, 70, true],
    [5, 'gpt-4', 'h100', 10_000, 0.35, 70, true],
  ] as const)('step %i shows %s on %s × %i at %f: about %i days (dashed: %s)', (step, model, chip, gpus, utilisation, expected, dashed) => {
    const state = trainingDaysState(data, step);
    expect(state.inputs).toEqual({ model, chip, gpus, utilisation });
    expect(Math.round(state.days)).toBe(expected);
    expect(state.uncertain).toBe(dashed);
    expect(state.custom).toBe(false);
  });

  test('the reader’s turn starts from the step before it', () => {
    expect(defaultInputs).toEqual(trainingDaysPresets[trainingDaysPresets.length - 2]!.inputs);
  });

  test('between consecutive steps exactly one input changes: the model, the GPU count, the chip, the chip', () => {
    const runs = trainingDaysPresets.slice(0, -1).map((p) => p.inputs);
    const changed = runs.slice(1).map((run, i) => (Object.keys(run) as (keyof typeof run)[]).filter((key) => run[key] !== runs[i]![key]));
    expect(changed).toEqual([['model'], ['gpus'], ['chip'], ['chip']]);
  });

  test('the reader’s inputs replace the preset on the last step only', () => {
    const mine = { model: 'llama-2-70b', chip: 'h20', gpus: 5_000, utilisation: 0.45 };
    expect(trainingDaysState(data, 5, mine)).toMatchObject({ custom: true, inputs: mine });
    expect(trainingDaysState(data, 1, mine)).toMatchObject({ custom: false, inputs: trainingDaysPresets[1]!.inputs });
  });

  test('steps out of range are clamped', () => {
    expect([clampStep(-2, stepCount), clampStep(99, stepCount), clampStep(Number.NaN, stepCount)]).toEqual([0, 5, 0]);
  });
});

describe('trainingDays clamps the reader’s inputs', () => {
  test('GPU counts clamp to 1,000–100,000 and are whole', () => {
    expect(clampInputs(data, { gpus: 10 }).gpus).toBe(1_000);
    expect(clampInputs(data, { gpus: 5_000_000 }).gpus).toBe(100_000);
    expect(clampInputs(data, { gpus: 2_500.4 }).gpus).toBe(2_500);
  });

  test('utilisation clamps to 30–55%', () => {
    expect(clampInputs(data, { utilisation: 0.05 }).utilisation).toBe(0.3);
    expect(clampInputs(data, { utilisation: 0.9 }).utilisation).toBe(0.55);
    // A percentage passed by mistake is still kept in range.
    expect(clampInputs(data, { utilisation: 45 }).utilisation).toBe(0.55);
  });

  test('unknown ids and non-numbers fall back to the default run', () => {
    expect(clampInputs(data, { model: 'gpt-9', chip: 'tpu', gpus: Number.NaN, utilisation: Number.NaN })).toEqual(defaultInputs);
  });

  test('the last step draws a clamped run, however wild the inputs', () => {
    const state = trainingDaysState(data, 5, { gpus: 1e9, utilisation: 2 });
    expect(state.inputs).toMatchObject({ gpus: 100_000, utilisation: 0.55 });
  });

  test('the GPU slider steps through round sizes, including the essay’s 2,000 and 万卡’s 10,000', () => {
    expect(gpuSteps[0]).toBe(1_000);
    expect(gpuSteps.at(-1)).toBe(100_000);
    expect([...gpuSteps].every((v, i) => i === 0 || v > gpuSteps[i - 1]!)).toBe(true);
    expect(gpuSteps[nearestGpuStep(2_000)]).toBe(2_000);
    expect(gpuSteps[nearestGpuStep(10_000)]).toBe(10_000);
    expect(gpuSteps[nearestGpuStep(24_000)]).toBe(25_000);
  });
});

describe('trainingDays keeps its summary clear of the plot', () => {
  // The note under a reader's run can wrap to more lines than the presets': the plot gives way instead of being written over.
  const baseline = (text: Element) =>
    Number(text.getAttribute('y')) + [...text.querySelectorAll('tspan')].slice(1).reduce((sum, t) => sum + Number(t.getAttribute('dy')), 0);
  for (const locale of locales)
    for (const width of [360, 720])
      test(`${locale}, ${width} px: every published run's summary ends above the y-axis title`, () => {
        for (const run of data.runs) {
          const inputs = {
            model: run.model,
            chip: run.chip,
            gpus: run.gpus,
            ...(run.utilisation === undefined ? {} : { utilisation: run.utilisation }),
          };
          const svg = trainingDaysChart(data, {
            width,
            locale,
            step: stepCount - 1,
            inputs,
            document: new JSDOM('').window.document,
            idPrefix: `${id}-test`,
          });
          const lastLine = Math.max(...[...svg.querySelectorAll('text.days-block')].map(baseline));
          const title = svg.querySelector('text.axis-title[data-key="y-title"]');
          const titleTop = Number(title!.getAttribute('y')) - 12;
          expect(lastLine + 4, `${run.id}`).toBeLessThan(titleTop);
        }
      });
});

describe('trainingDays renders', () => {
  const expectedDays = {
    en: ['17 days', '1,100 days', '220 days', '70 days', '70 days', '70 days'],
    zh: ['17 天', '1,100 天', '220 天', '70 天', '70 天', '70 天'],
  } as const;
  const about = { en: (days: string) => `about ${days}`, zh: (days: string) => `约 ${days}` } as const;

  for (const locale of locales) {
    for (const width of [360, 720]) {
      for (const step of [0, 1, 2, 3, 4, 5]) {
        test(`${locale}, ${width} px, step ${step}: the big number says ${about[locale](expectedDays[locale][step]!)}`, () => {
          const svg = render(locale, step, width);
          expect(svg.querySelector('.days-big tspan')?.textContent).toBe(about[locale](expectedDays[locale][step]!));
          expect(svg.querySelector('desc')?.textContent).toContain(expectedDays[locale][step]);
          for (const mark of ['days-curve', 'days-run', 'essay-gpus', 'wanka']) {
            const element = svg.querySelector(`[data-mark="${mark}"]`);
            expect(element, mark).not.toBeNull();
            expect(element!.querySelector('title')?.textContent).toBe(element!.getAttribute('data-label'));
          }
        });
      }
    }
  }

  test('an estimate is drawn dashed and hollow, and the chart says why', () => {
    const solid = render('en', 0, 720);
    const dashed = render('en', 1, 720);
    expect(solid.querySelector('.run-line')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(dashed.querySelector('.run-line')?.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(dashed.querySelector('[data-mark="days-run"] circle')?.getAttribute('class')).toContain('hollow');
    expect(dashed.querySelector('[data-block="note"]')?.textContent).toContain('GPT-4: the training compute is an estimate');
    expect(render('zh', 1, 360).querySelector('[data-block="note"]')?.textContent).toContain('估算值');
  });

  test('a run over a year also reads in years: 约 3 年', () => {
    expect(render('zh', 1, 360).querySelector('.days-big')?.textContent).toContain('约 3 年');
    expect(render('en', 1, 720).querySelector('.days-big')?.textContent).toContain('about 3 years');
  });

  test('the 2,000-GPU and 万卡 lines are labelled', () => {
    const text = render('en', 0, 720).textContent ?? '';
    for (const label of ['Essay: 2,000', '万卡: 10,000']) expect(text).toContain(label);
    expect(render('zh', 0, 360).textContent).toContain('万卡：1 万张');
  });

  test.each([
    ['en', ['1 day', '1 week', '1 month', '1 year', '10 years']],
    ['zh', ['1 天', '1 周', '1 个月', '1 年', '10 年']],
  ] as const)('the log axis of days is ticked at spans a reader knows, in %s', (locale, labels) => {
    for (const width of [360, 720]) {
      const svg = render(locale, 1, width);
      const ticks = [...svg.querySelectorAll('g.tick[data-key^="y-"] text')];
      expect(ticks.map((tick) => tick.textContent)).toEqual(labels);
      // Each label sits on its span: a week above a day, ten years at the top, and inside the drawing.
      const ys = ticks.map((tick) => Number(tick.getAttribute('y')));
      expect(ys).toEqual([...ys].sort((a, b) => b - a));
      for (const tick of ticks) expect(Number(tick.getAttribute('x')) - textWidthEm(tick.textContent!) * 12).toBeGreaterThanOrEqual(0);
    }
  });

  test('drawing is deterministic', () => {
    expect(render('zh', 2, 360).outerHTML).toBe(render('zh', 2, 360).outerHTML);
  });
});

/** Elements with their attributes sorted: an update may set attributes in another order than a first draw. */
const canonical = (root: Element): string[] =>
  [root, ...root.querySelectorAll('*')].map((el) => {
    const attributes = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join('');
    return `${el.tagName} ${attributes.join(' ')} ${text}`;
  });

describe('updateTrainingDays moves the same SVG', () => {
  const options = { width: 720, locale: 'en' as const, idPrefix: `${id}-test`, duration: 0 };

  test('a step change keeps the line and the point and rewrites the description', () => {
    const svg = render('en', 0, 720);
    const [line, point] = [svg.querySelector('.run-line'), svg.querySelector('[data-mark="days-run"]')];
    updateTrainingDays(svg, data, { ...options, step: 1 });
    expect(svg.querySelector('.run-line')).toBe(line);
    expect(svg.querySelector('[data-mark="days-run"]')).toBe(point);
    expect(svg.querySelector('desc')?.textContent).toContain('1,100 days');
    expect(canonical(svg)).toEqual(canonical(render('en', 1, 720)));
  });

  test('the reader’s inputs redraw the last step and are kept when the scroll comes back to it', () => {
    const svg = render('en', 5, 720);
    updateTrainingDays(svg, data, { ...options, step: 5, inputs: { model: 'gpt-3', chip: 'a100', gpus: 1_000, utilisation: 0.5 } });
    expect(svg.querySelector('.days-big tspan')?.textContent).toBe('about 23 days');
    expect(svg.querySelector('desc')?.textContent).toContain('Your turn');
    updateTrainingDays(svg, data, { ...options, step: 0 });
    updateTrainingDays(svg, data, { ...options, step: 5 });
    expect(svg.querySelector('.days-big tspan')?.textContent).toBe('about 23 days');
  });

  test('the live region says the run in words', () => {
    expect(describeInputs(data, 'en', { model: 'gpt-4', chip: 'a100', gpus: 2_000, utilisation: 0.35 })).toBe(
      'GPT-4 on 2,000 A100 GPUs at 35% utilisation: about 1,100 days (about 3 years) to train.',
    );
    expect(describeInputs(data, 'zh', defaultInputs)).toBe('GPT-4，1 万张 H100 SXM，利用率 35%：约需 70 天。');
  });
});

test('the table lists every model, chip and story run with its source', () => {
  const table = trainingDaysTable(data, 'en');
  expect(table.rows).toHaveLength(data.models.length + data.chips.length + 1 + 5);
  expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
  expect(table.rows.every((row) => (row[3]?.links?.length ?? 0) > 0)).toBe(true);
  expect(table.rows.map((row) => row[1]!.text)).toContain('2.1×10²⁵ FLOP');
});

test('its CSV has one row per step’s run, in both languages', () => {
  const prepared = chartById('training-days');
  for (const locale of ['en', 'zh'] as const) expect(csvRows('training-days', locale)).toHaveLength(prepared.stepCount);
});
