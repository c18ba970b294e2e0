// A story's drawings are laid out only when they near the screen (content-visibility); until then each keeps its
// place by the proportions its page's CSS gives it (virtual:drawing-sizes.css). Those must be the drawing's own, or
// the page would grow or shrink under the reader as drawings are laid out, and the scroll bar would mislead.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { builtFileOf } from '../support/builtSite';

const storyPages = ['/en/', '/zh/'];

/** The aspect-ratio each chart's drawing gets from the page's CSS, by `chart layout`. */
function cssProportions(html: string): Map<string, number> {
  const css = [...html.matchAll(/<style[^>]*>(.*?)<\/style>/gs)].map((m) => m[1]).join('\n');
  const found = new Map<string, number>();
  postcss.parse(css).walkDecls('aspect-ratio', (declaration) => {
    const rule = declaration.parent as postcss.Rule;
    const match = /\[data-chart=['"]?([\w-]+)['"]?\]\s+\.chart-svg\[data-layout=['"]?(\w+)['"]?\]/.exec(rule.selector);
    const [width, height] = declaration.value.split('/').map(Number);
    if (match && width && height) found.set(`${match[1]} ${match[2]}`, width / height);
  });
  return found;
}

describe('story drawings keep their real proportions before they are laid out', () => {
  for (const page of storyPages) {
    test(`${page}: every drawing's box has its SVG's proportions, and nothing else sizes a drawing`, () => {
      const html = readFileSync(builtFileOf(page), 'utf8');
      const proportions = cssProportions(html);
      const { document } = new JSDOM(html).window;
      const holders = [...document.querySelectorAll<HTMLElement>('figure[data-chart] .chart-svg')];
      expect(holders.length).toBeGreaterThanOrEqual(20);
      const wrong: string[] = [];
      for (const holder of holders) {
        const chart = holder.closest('figure')!.getAttribute('data-chart');
        const key = `${chart} ${holder.dataset['layout']}`;
        const [, , width, height] = (holder.querySelector('svg')?.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
        const ratio = proportions.get(key);
        if (!ratio || !width || !height || Math.abs(ratio - width / height) > 1e-6) {
          wrong.push(`${key}: the CSS gives ${ratio?.toFixed(4) ?? 'no proportions'}, the drawing is ${width}×${height}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
