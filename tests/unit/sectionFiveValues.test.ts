import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { trainingDaysPresets } from '../../src/charts/trainingDays/state';
import { dataset } from '../../src/data';
import { locales, type Locale } from '../../src/i18n/locales';
import { storyValue } from '../../src/story/values';

// Section 5's figures and dates come from data/ through <Value>, not typed: a figure typed where a <Value> would print
// the same text is a figure that can drift from its row. This holds the section to that, in both languages.

const data = dataset();
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

/** Every key a <Value> can print, for the rows that could be typed into the story. */
const keys: string[] = [
  ...ids(data.gpuFleets).flatMap((id) => [`gpus:${id}`, `month:${id}`]),
  ...ids(data.gpuFleets.filter((f) => f.firms !== undefined)).map((id) => `per-firm:${id}`),
  ...ids(data.facts).map((id) => `fact:${id}`),
  ...ids(data.benchmarkGaps).map((id) => `gap:${id}`),
  ...ids(data.events).flatMap((id) => [`date:${id}`, `month:${id}`]),
  ...ids(data.modelCompute).flatMap((id) => [`flop:${id}`, `params:${id}`, `tokens:${id}`]),
  ...ids(data.trainingRuns).flatMap((id) => [`gpu-hours:${id}`, `utilisation:${id}`, `utilisation-8bit:${id}`]),
  ...ids(data.mmlu).map((id) => `mmlu:${id}`),
  ...ids(data.chips).flatMap((id) => [`tpp:${id}`, `density:${id}`, `io:${id}`]),
  ...ids(data.thresholds).map((id) => `threshold:${id}`),
  ...trainingDaysPresets.map((p) => `days:${p.stepId}`),
];

/** What each key prints in one language; keys a row cannot fill (a chip without a die area) are left out. */
function printed(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of keys) {
    try {
      const text = storyValue(data, key, locale, 'test');
      // A lone digit ("7" months) is too short to tell from other text; every other figure is held to the rule.
      if (/\d/.test(text) && text.length > 1) out.set(key, text);
    } catch {
      // Not a figure this row has.
    }
  }
  return out;
}

/** The section's prose as a reader reads it, without the figures <Value> prints, the citations or our own dateline. */
function typedProse(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<span class="as-of">[\s\S]*?<\/span>/g, '')
    .replace(/<Value\b[^>]*\/>/g, ' ')
    .replace(/<Cite\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Figures the text types that a <Value> prints: `key: text`. A figure is matched whole, not inside a longer one or a name (H200). */
function typedValues(prose: string, values: Map<string, string>): string[] {
  return [...values]
    .filter(([, text]) => new RegExp(`(?<![\\w.,])${escape(text)}(?![\\w]|[.,]\\d)`).test(prose))
    .map(([key, text]) => `${key}: ${text}`);
}

const section = (locale: Locale) => readFileSync(`src/content/story/${locale}/05-what-happened-next.mdx`, 'utf8');

describe('section 5 prints its figures from the data', () => {
  for (const locale of locales) {
    test(`${locale}: no figure or date is typed where a <Value> prints it`, () => {
      expect(typedValues(typedProse(section(locale)), printed(locale))).toEqual([]);
    });
  }

  test('the check catches a typed figure, date or gap, and leaves a longer number alone', () => {
    const values = printed('en');
    expect(typedValues('trained on 2,048 H800s', values)).toContain('gpus:deepseek-v3-run: 2,048');
    expect(typedValues('revoked on 20 January 2025', values)).toContain('date:eo-14110-revoked: 20 January 2025');
    expect(typedValues('from 17.5 points to 0.3', values)).toEqual(expect.arrayContaining(['gap:mmlu-2023: 17.5', 'gap:mmlu-2024: 0.3']));
    expect(typedValues('about 12,048,000 of them', values).filter((hit) => hit.endsWith(': 2,048'))).toEqual([]);
    expect(typedValues('the H200 was allowed', values).filter((hit) => hit.endsWith(': 200'))).toEqual([]);
    expect(typedValues('约 278.8 万 GPU 小时', printed('zh'))).toContain('gpu-hours:deepseek-v3: 278.8 万');
  });

  test('the figures the issue names are printed by <Value> in both languages', () => {
    for (const locale of locales) {
      const mdx = section(locale);
      for (const key of [
        'flop:deepseek-v3',
        'utilisation:deepseek-v3',
        'utilisation-8bit:deepseek-v3',
        'gpus:deepseek-v3-run',
        'gpus:deepseek-fleet',
        'gpus:llama-31-run',
        'gpus:colossus-2024',
        'gpus:colossus-2025',
        'gap:mmlu-2023',
        'gap:mmlu-2024',
        'date:ai-diffusion-rescinded',
      ])
        expect(mdx, `${locale} ${key}`).toContain(`<Value of="${key}" />`);
    }
  });
});
