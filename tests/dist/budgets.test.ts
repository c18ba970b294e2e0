// What a reader downloads, held to budgets on every build: the HTML and the stylesheets, read from the built files.
// Bytes and counts only: they do not depend on the machine, so they can fail a test. The JavaScript budgets need a
// browser (tests/e2e/budgets.spec.ts); timings are for the bench (npm run bench).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chartDataPath } from '../../src/charts/chartDataPath';
import { gzipBytes, kilobytes } from '../bench/pageScripts';
import { builtHtmlFiles, builtPages } from '../support/builtSite';

const KB = 1024;
// Stylesheets linked in the HTML hold up the first paint: the large font rules must come later, from script.
// The story pages are held lower than the rest: to the 60 KB a slow phone's reader can afford (docs/performance.md),
// the English page to what it weighs now, since its text gzips smaller than the Chinese page's.
const budgets = { html: 100 * KB, renderBlockingCss: 12 * KB };
const storyHtml: Record<string, number> = { '/en/': 55 * KB, '/zh/': 60 * KB };
const storyPages = Object.keys(storyHtml);

describe('HTML budget', () => {
  const files = builtHtmlFiles();
  builtPages().forEach((path, index) => {
    test(`${path} is at most ${budgets.html / KB} KB of HTML, gzipped`, () => {
      const bytes = gzipBytes(readFileSync(files[index]!));
      expect(bytes, `${path}: ${kilobytes(bytes)} of HTML gzipped (budget ${kilobytes(budgets.html)})`).toBeLessThanOrEqual(budgets.html);
    });
  });
});

describe('story HTML budget', () => {
  const files = builtHtmlFiles();
  for (const path of storyPages) {
    const budget = storyHtml[path]!;
    test(`${path} is at most ${budget / KB} KB of HTML, gzipped`, () => {
      const bytes = gzipBytes(readFileSync(files[builtPages().indexOf(path)]!));
      expect(bytes, `${path}: ${kilobytes(bytes)} of HTML gzipped (budget ${kilobytes(budget)})`).toBeLessThanOrEqual(budget);
    });
  }
});

describe('chart data on story pages', () => {
  const files = builtHtmlFiles();
  for (const path of storyPages) {
    test(`${path} carries no chart's data, only marks each figure to fetch its chart's file, and the file holds it`, () => {
      const html = readFileSync(files[builtPages().indexOf(path)]!, 'utf8');
      expect(html).not.toContain('data-chart-payload');
      const charts = [...html.matchAll(/<figure class="chart" data-chart="([^"]+)"[^>]* data-redraw/g)].map((m) => m[1]!);
      expect(charts.length).toBeGreaterThanOrEqual(6);
      for (const chart of charts) {
        const data = JSON.parse(readFileSync(`dist${chartDataPath(chart, '/')}`, 'utf8')) as { sources?: unknown[] };
        expect(data.sources?.length, `${path}: ${chart}'s data lists no sources`).toBeGreaterThan(0);
      }
    });
  }
});

describe('render-blocking CSS budget', () => {
  const files = builtHtmlFiles();
  builtPages().forEach((path, index) => {
    test(`${path} links at most ${budgets.renderBlockingCss / KB} KB of stylesheets, gzipped`, () => {
      const html = readFileSync(files[index]!, 'utf8');
      const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      const bytes = links.reduce((sum, href) => sum + gzipBytes(readFileSync(`dist${new URL(href, 'http://site').pathname}`)), 0);
      expect(
        bytes,
        `${path}: ${kilobytes(bytes)} of render-blocking CSS gzipped (budget ${kilobytes(budgets.renderBlockingCss)}): ${links.join(', ')}`,
      ).toBeLessThanOrEqual(budgets.renderBlockingCss);
    });
  });
});

describe('data tables on story pages', () => {
  const files = builtHtmlFiles();
  for (const path of storyPages) {
    test(`${path} carries no table rows, only where each table comes from, and the file holds its rows`, () => {
      const html = readFileSync(files[builtPages().indexOf(path)]!, 'utf8');
      const tables = [...html.matchAll(/<details class="data-table" data-table-file="([^"]+)">([\s\S]*?)<\/details>/g)];
      expect(tables.length).toBeGreaterThanOrEqual(10);
      for (const [, file, body] of tables) {
        expect(body, `${path}: ${file}`).not.toContain('<tr');
        const table = JSON.parse(readFileSync(`dist${file}`, 'utf8')) as { columns: string[]; rows: unknown[] };
        expect(table.rows.length, `${path}: ${file}`).toBeGreaterThan(0);
      }
    });
  }
});
