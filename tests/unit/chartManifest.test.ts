import { describe, expect, test } from 'vitest';
import { chartManifest } from '../../src/site/chartManifest';
import { storyStepIds } from '../../src/story/stepIds';

describe('chart registry', () => {
  // The manifest draws every chart's snippet in both languages: seconds of work, more on a busy machine.
  test('lists every chart in story order with titles in both languages and its step count', { timeout: 30_000 }, () => {
    const { charts } = chartManifest();
    // Story order is the order the story's sections place the charts in, in each language.
    for (const locale of ['en', 'zh'] as const) expect(charts.map((c) => c.id)).toEqual([...storyStepIds(locale).keys()]);
    for (const chart of charts) {
      expect(chart.title.en.length).toBeGreaterThan(0);
      expect(chart.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(chart.steps).toBeGreaterThanOrEqual(2);
    }
  });
});
