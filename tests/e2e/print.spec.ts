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
// page break, because each is kept whole (break-inside: avoid) and fits a page. Checked in the print layout at the
// printable width, then the PDF itself is made.
for (const lang of languages) {
  for (const path of [`/${lang}/`, `/${lang}/steps/`]) {
    for (const paper of papers) {
      test(`${path} prints on ${paper.format} with no drawing cut and nothing over the text`, async ({ page }) => {
        await page.setViewportSize({ width: Math.floor(paper.width), height: Math.floor(paper.height) });
        await page.goto(path);
        await page.emulateMedia({ media: 'print' });
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
          for (const el of document.querySelectorAll('main svg, .step, .step-multiple, .chart-graphic')) {
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
        const pdf = await page.pdf({ format: paper.format, margin: { top: margin, bottom: margin, left: margin, right: margin } });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length, 'pages').toBeGreaterThan(3);
      });
    }
  }
}
