import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, storyCharts } from '../support/builtSite';
import { afterFrames, readThrough } from '../support/frames';
import { noProblems, watchPage, wcagTags } from '../support/pageWatch';
import { gateViewports, quick } from '../support/scope';

// Every page a reader can land on, loaded once per width, read through to its end and checked on that one load:
// no axe violation (WCAG 2.2 AA), nothing fetched from another origin, no Content-Security-Policy violation, no
// script error. The embed pages are two templates (one step at a time, and every step side by side), checked here at
// both widths in both languages; each chart's own embed page is loaded once per language, with axe and the same
// watch, in embedPage.spec.ts.
const templateChart = storyCharts[0]!;
const pages = builtPages()
  .filter((path) => !path.startsWith('/embed/') || path.endsWith(`/${templateChart}/`) || path.endsWith(`/${templateChart}/steps/`))
  // The quick run leaves out the Chinese pages.
  .filter((path) => !quick || !/^\/(embed\/)?zh\//.test(path));

for (const path of pages) {
  for (const viewport of gateViewports) {
    test(`${path} at ${viewport.name} width: no axe violation, nothing from another origin, no CSP violation or script error`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const watch = await watchPage(page, [new URL(baseURL!).origin]);
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      // Axe measures targets' sizes and spacing, and sections off screen skip their layout until a reader nears
      // them: the page is read through first, as a reader would, which also runs everything that loads on the way.
      await readThrough(page);
      // What loaded on the way runs once it has arrived: give it frames, and what it asked for in turn time to arrive.
      await watch.idle();
      await afterFrames(page);
      await watch.idle();
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')})`,
      );
      expect.soft(summary, 'axe violations').toEqual([]);
      expect.soft(await watch.problems(), 'requests to other origins, CSP violations, script errors').toEqual(noProblems);
    });
  }
}
