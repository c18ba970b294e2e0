import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, viewports } from './pages';

// Violations collected in the page itself, from its first script on.
declare global {
  interface Window {
    __cspViolations: string[];
  }
}

for (const path of builtPages()) {
  for (const viewport of viewports) {
    test.describe(`${path} at ${viewport.name} width`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test('has no axe violations (WCAG 2.2 AA)', async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        // Sections off screen skip their layout (content-visibility) until a reader nears them, and geometry read from
        // a never-shown section is a guess: its steps can overlap the next section's, which no reader sees. Axe
        // measures targets' sizes and spacing, so the page is first passed through once, as a reader would.
        await page.evaluate(async () => {
          // Two frames, or a timer where headless Chromium is late to issue them.
          const frame = () =>
            new Promise((resolve) => {
              requestAnimationFrame(() => requestAnimationFrame(resolve));
              setTimeout(resolve, 200);
            });
          for (const section of document.querySelectorAll('.story-section')) {
            section.scrollIntoView({ behavior: 'instant' });
            await frame();
          }
          window.scrollTo({ top: 0, behavior: 'instant' });
          await frame();
        });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')})`,
        );
        expect(summary).toEqual([]);
      });

      test('requests nothing from another origin and breaks no Content-Security-Policy rule', async ({ page, baseURL }) => {
        const foreign: string[] = [];
        const refused: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (!['http:', 'https:'].includes(url.protocol)) return;
          if (url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
        });
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
        });
        await page.addInitScript(() => {
          window.__cspViolations = [];
          document.addEventListener('securitypolicyviolation', (event) => {
            window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
          });
        });
        await page.goto(path, { waitUntil: 'networkidle' });
        // Scroll the whole page so that everything lazy (scripts, fonts, chart updates) has run.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        });
        await page.waitForLoadState('networkidle');
        const violations = await page.evaluate(() => window.__cspViolations);
        expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
        expect({ foreign, violations, refused }).toEqual({ foreign: [], violations: [], refused: [] });
      });
    });
  }
}
