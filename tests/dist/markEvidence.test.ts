// A story page's drawings carry no mark's words or sources: each figure fetches them, per step, with its chart's data
// (/charts/<chart>/marks.<lang>.json). Every mark drawn must find there what it says and cites, or its tip would be empty.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { builtFileOf } from '../support/builtSite';

const storyPages = { '/en/': 'en', '/zh/': 'zh' } as const;

type StepMarks = Record<string, { words?: string; confidence?: string; sources?: string }>;

describe("story figures fetch their marks' words and evidence", () => {
  for (const [page, lang] of Object.entries(storyPages)) {
    test(`${page}: no drawing carries a mark's words or sources, and every mark finds them in its chart's marks file`, () => {
      const { document } = new JSDOM(readFileSync(builtFileOf(page), 'utf8')).window;
      const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart][data-redraw]')];
      expect(figures.length).toBeGreaterThanOrEqual(10);
      const missing: string[] = [];
      for (const figure of figures) {
        const chart = figure.dataset['chart']!;
        expect(figure.querySelectorAll('.chart-svg [data-mark] > title, .chart-svg [data-sources]'), chart).toHaveLength(0);
        const steps = JSON.parse(readFileSync(`dist/charts/${chart}/marks.${lang}.json`, 'utf8')) as StepMarks[];
        for (const svg of figure.querySelectorAll('.chart-svg > svg')) {
          const marks = steps[Number(svg.getAttribute('data-step'))] ?? {};
          for (const mark of svg.querySelectorAll('[data-mark]')) {
            const id = mark.getAttribute('data-mark')!;
            const found = marks[id];
            if (!found?.words || !found.sources || !found.confidence) missing.push(`${chart} ${id}: ${JSON.stringify(found)}`);
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
