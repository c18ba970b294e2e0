// The Download and Embed actions under each chart: what works without script is under every chart, what only script
// uses is written once per page.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtFileOf, builtPages } from '../support/builtSite';

const pagesWithActions = builtPages().filter((page) => readFileSync(builtFileOf(page), 'utf8').includes('<chart-downloads'));
const count = (html: string, text: string) => html.split(text).length - 1;

describe('chart actions', () => {
  test('the story pages have them', () => {
    expect(pagesWithActions).toEqual(expect.arrayContaining(['/en/', '/zh/']));
  });

  for (const page of pagesWithActions) {
    test(`${page}: every chart links its SVG, PNG and CSV files as plain downloads, and the script's parts come once`, () => {
      const html = readFileSync(builtFileOf(page), 'utf8');
      const actions = [...html.matchAll(/<chart-downloads[^>]*data-chart="([^"]+)"[^>]*>([\s\S]*?)<\/chart-downloads>/g)];
      expect(actions.length).toBeGreaterThan(0);
      for (const [, chart, body] of actions) {
        for (const format of ['svg', 'png', 'csv']) {
          const link = new RegExp(`<a href="([^"]+\\.${format})" download="${chart}-[a-z]+\\.${format}"`).exec(body!);
          expect(link, `${page} ${chart}: ${format} link`).not.toBeNull();
          expect(existsSync(`dist${link![1]}`), `${page} ${chart}: ${link![1]} is built`).toBe(true);
        }
      }
      expect(count(html, '<template data-download-parts'), `${page}: download parts`).toBe(1);
      expect(count(html, '<template data-embed-parts'), `${page}: embed parts`).toBe(1);
      expect(count(html, 'data-embed-copy'), `${page}: copy buttons`).toBe(1);
      expect(count(html, 'data-export="png-phone"'), `${page}: phone PNG buttons`).toBe(1);
      expect(count(html, 'data-embed-action'), `${page}: one Embed action per chart`).toBe(actions.length);
    });
  }
});
