import { expect, test } from '@playwright/test';
import { inScope, languages } from '../support/scope';

// Paper sizes with the margins the PDFs below are made with, in CSS pixels (96 to the inch): the printable area.
const margin = '15mm';
const mm = 96 / 25.4;
const papers = inScope([
  { format: 'A4', width: (210 - 30) * mm, height: (297 - 30) * mm },
  { format: 'Letter', width: (215.9 - 30) * mm, height: (279.4 - 30) * mm },
] as const);

// Printed, a page reads top to bottom: nothing sticks or floats over the text, and no drawing or step is cut by a
// page break, because each is kept whole (break-inside: avoid) and fits a page. The story prints each chart's every
// step side by side in place of its sticky figure. Checked in the print layout at the printable width, then the PDF
// itself is made.
for (const lang of languages) {
  for (const path of [`/${lang}/`, `/${lang}/steps/`]) {
    for (const paper of papers) {
      test(`${path} prints on ${paper.format} with no drawing cut and nothing over the text`, async ({ page }) => {
        await page.setViewportSize({ width: Math.floor(paper.width), height: Math.floor(paper.height) });
        // The story prints each chart's every step from the build's small multiples file, fetched only for paper.
        const stepFiles: string[] = [];
        page.on('request', (request) => {
          if (request.url().endsWith('-steps.svg')) stepFiles.push(request.url());
        });
        await page.goto(path, { waitUntil: 'networkidle' });
        expect(stepFiles, 'nothing of the printed version is fetched for the screen').toEqual([]);
        await page.emulateMedia({ media: 'print' });
        // Printing loads every lazy image first, as Chromium does before it prints; here they are asked for at once.
        await page.evaluate(() => document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]').forEach((img) => (img.loading = 'eager')));
        await page.waitForFunction(() => [...document.images].every((img) => img.complete));
        const problems = await page.evaluate((pageHeight) => {
          const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
          const found: string[] = [];
          const name = (el: Element) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.closest('[data-chart]')?.getAttribute('data-chart') ?? ''}`;
          for (const el of document.querySelectorAll('main *')) {
            if (!shown(el)) continue;
            const position = getComputedStyle(el).position;
            if (position === 'sticky' || position === 'fixed') found.push(`${name(el)} is ${position}`);
          }
          for (const el of document.querySelectorAll('main svg, .step, .step-multiple, .chart-graphic, img.print-steps')) {
            if (!shown(el)) continue;
            if (getComputedStyle(el).breakInside !== 'avoid') found.push(`${name(el)} may be cut by a page break`);
            if (el.getBoundingClientRect().height > pageHeight) found.push(`${name(el)} is taller than a page`);
          }
          for (const graphic of document.querySelectorAll('.scrolly .chart-graphic')) {
            const g = graphic.getBoundingClientRect();
            for (const step of graphic.closest('.scrolly')!.querySelectorAll('.step')) {
              const s = step.getBoundingClientRect();
              if (s.top < g.bottom && s.bottom > g.top) found.push(`step ${step.id} is printed over its chart`);
            }
          }
          return found;
        }, paper.height);
        expect(problems).toEqual([]);
        const scrollies = await page.locator('scrolly-chart').count();
        if (scrollies > 0) {
          await expect(page.locator('scrolly-chart .chart-graphic').first()).toBeHidden();
          await expect(page.locator('scrolly-chart img.print-steps').first()).toBeVisible();
        }
        const pdf = await page.pdf({ format: paper.format, margin: { top: margin, bottom: margin, left: margin, right: margin } });
        expect(new Set(stepFiles).size, 'each chart in a scrolly prints its every step').toBe(scrollies);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length, 'pages').toBeGreaterThan(3);
      });
    }
  }
}
