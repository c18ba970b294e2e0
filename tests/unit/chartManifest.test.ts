import { describe, expect, test } from 'vitest';
import { chartManifest } from '../../src/site/chartManifest';

describe('chart registry', () => {
  // The manifest draws every chart's snippet in both languages: seconds of work, more on a busy machine.
  test('lists every chart in story order with titles in both languages and its step count', { timeout: 30_000 }, () => {
    const { charts } = chartManifest();
    expect(charts.map((c) => c.id)).toEqual([
      'timeline',
      'chip-thresholds',
      'gpu-fleets',
      'training-days',
      'teacher-student',
      'nvidia-segments',
      'door-timeline',
      'gpu-runs',
      'benchmark-gap',
      'scorecard',
    ]);
    for (const chart of charts) {
      expect(chart.title.en.length).toBeGreaterThan(0);
      expect(chart.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(chart.steps).toBeGreaterThanOrEqual(2);
    }
  });
});
