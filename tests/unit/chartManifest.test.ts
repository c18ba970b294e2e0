import { describe, expect, test } from 'vitest';
import { chartManifest } from '../../src/pages/charts/_chartManifest';
import { storyPlacesByLocale } from '../support/storyPlaces';

describe('chart registry', () => {
  // The manifest draws every chart's snippet in both languages: seconds of work, more on a busy machine.
  test('lists every chart in story order with titles in both languages and its step count', { timeout: 30_000 }, () => {
    const places = storyPlacesByLocale();
    const { charts } = chartManifest(places);
    // Story order is the order the story's sections place the charts in, in each language.
    for (const locale of ['en', 'zh'] as const) expect(charts.map((c) => c.id)).toEqual([...places[locale].keys()]);
    for (const chart of charts) {
      expect(chart.title.en.length).toBeGreaterThan(0);
      expect(chart.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(chart.steps).toBeGreaterThanOrEqual(2);
    }
  });
});
