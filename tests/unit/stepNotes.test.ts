import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { dataset } from '../../src/data';
import { locales, type Locale } from '../../src/i18n/locales';
import { storyValue } from '../../src/story/values';

// The card speaks for its step. A note on the chart keeps only what a reader of the chart alone (an embed, an exported
// file) needs to read its marks right, a reading key or a caveat on the data, and it stays short: on a phone it must
// not become one more layer of text between the drawing and the card.

const data = dataset();

/** Each <Step> of a chart's <Scrolly>, in order, as the reader reads it: values printed, tags and citations gone. */
function cards(chartId: string, locale: Locale): string[] {
  const story = readdirSync(`src/content/story/${locale}`)
    .sort()
    .map((name) => readFileSync(`src/content/story/${locale}/${name}`, 'utf8'))
    .join('\n');
  const scrolly = story.match(new RegExp(`<Scrolly chart="${chartId}">([\\s\\S]*?)</Scrolly>`))?.[1] ?? '';
  return [...scrolly.matchAll(/<Step id="[^"]+">([\s\S]*?)<\/Step>/g)].map(([, body]) =>
    body!
      .replace(/<Value of="([^"]+)" \/>/g, (_, key: string) => storyValue(data, key, locale, 'test'))
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** The note a step writes on the chart, line by line; none when the step has none. */
function noteLines(chartId: string, locale: Locale, step: number, width: number): string[] {
  const chart = charts.find((c) => c.id === chartId)!;
  const document = new JSDOM('').window.document;
  const svg = chart.render(chart.prepare(data), { locale, step, width, document, idPrefix: chartId });
  return [...svg.querySelectorAll('text[data-note] tspan')].map((line) => line.textContent ?? '');
}

/** Runs of the text that would show a copy: six words in English, twelve characters in Chinese. */
function runs(text: string, locale: Locale): Set<string> {
  const out = new Set<string>();
  if (locale === 'en') {
    const words = text.toLowerCase().match(/[\p{L}\p{N}’'.,–-]+/gu) ?? [];
    const bare = words.map((w) => w.replace(/[.,]+$/, ''));
    for (let i = 0; i + 6 <= bare.length; i++) out.add(bare.slice(i, i + 6).join(' '));
  } else {
    const chars = [...text.replace(/\s+/g, '')];
    for (let i = 0; i + 12 <= chars.length; i++) out.add(chars.slice(i, i + 12).join(''));
  }
  return out;
}

const withNotes = ['timeline', 'door-timeline', 'gpu-fleets', 'gpu-runs', 'benchmark-gap', 'scorecard'];

describe('step notes', () => {
  test('every chart that can write a step note is checked, with one card a step', () => {
    for (const chartId of withNotes) {
      const chart = charts.find((c) => c.id === chartId);
      expect(chart, chartId).toBeDefined();
      for (const locale of locales) expect(cards(chartId, locale), `${chartId} ${locale}`).toHaveLength(chart!.stepCount);
    }
  });

  for (const chartId of withNotes) {
    for (const locale of locales) {
      test(`${chartId}, ${locale}: a note takes at most two lines on a 360 px phone and repeats no run of its card`, () => {
        const stepCards = cards(chartId, locale);
        for (const [step, card] of stepCards.entries()) {
          const lines = noteLines(chartId, locale, step, 360);
          expect(lines.length, `step ${step}: ${lines.join(' ')}`).toBeLessThanOrEqual(2);
          const note = lines.join(locale === 'en' ? ' ' : '');
          const cardRuns = runs(card, locale);
          const copied = [...runs(note, locale)].filter((run) => cardRuns.has(run));
          expect(copied, `step ${step} repeats its card`).toEqual([]);
        }
      });
    }
  }
});
