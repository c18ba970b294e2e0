import { expect, test, type Page } from '@playwright/test';
import { findCollisions, type MeasuredText } from './glyphBoxes';
import { storyCharts } from './pages';

const charts = storyCharts;
const layouts = ['narrow', 'wide'] as const;

/**
 * Every visible text of one drawing, boxed by Chromium from the glyphs it really set (getBBox), mapped into the
 * SVG's own coordinates through any rotation or translation, with the lines labels must keep clear of.
 */
function measure(page: Page, layout: (typeof layouts)[number]) {
  return page.locator(`.chart-svg[data-layout="${layout}"] svg`).evaluate((svg: SVGSVGElement) => {
    const toSvg = svg.getScreenCTM()!.inverse();
    const corners = (el: SVGGraphicsElement, box: { x: number; y: number; width: number; height: number }) => {
      const m = toSvg.multiply(el.getScreenCTM()!);
      const points = [
        [box.x, box.y],
        [box.x + box.width, box.y],
        [box.x, box.y + box.height],
        [box.x + box.width, box.y + box.height],
      ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    };
    // What a reader sees: not hidden, not faded out, and something to read.
    const seen = (el: Element) => {
      let opacity = 1;
      for (let node: Element | null = el; node && node !== svg.parentElement; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
        opacity *= Number(style.opacity);
      }
      return opacity > 0.05;
    };
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
      .filter((el) => el.textContent!.trim() !== '' && seen(el) && !el.closest('defs, clipPath, mask'))
      .map((el) => {
        const box = el.getBBox();
        // getBBox spans the font's whole ascent and descent; the glyphs a reader sees sit within one em of it.
        const fontSize = Math.max(...[el, ...el.querySelectorAll('tspan')].map((node) => Number.parseFloat(getComputedStyle(node).fontSize)));
        const inset = Math.min(0.2 * fontSize, box.height / 4);
        return {
          text: el.textContent!.trim(),
          box: corners(el, { x: box.x, y: box.y + inset, width: box.width, height: Math.max(0, box.height - 2 * inset) }),
        };
      });
    const lines = [...svg.querySelectorAll<SVGLineElement>('line[data-label-clear]')]
      .filter((el) => seen(el))
      .map((el) => ({ name: el.getAttribute('data-label-clear')!, box: corners(el, el.getBBox()) }));
    const view = svg.viewBox.baseVal;
    const width = view && view.width > 0 ? view.width : Number(svg.getAttribute('width'));
    const height = view && view.height > 0 ? view.height : Number(svg.getAttribute('height'));
    return { texts, lines, width, height, step: svg.getAttribute('data-step') };
  });
}

const describeText = (t: MeasuredText) => `"${t.text}"`;

for (const lang of ['en', 'zh']) {
  test.describe(`chart labels in ${lang}, measured from the glyphs Chromium sets`, () => {
    test.use({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });

    for (const chart of charts) {
      test(`${chart}: at every step and both widths, no label overlaps another, crosses a threshold line or leaves the drawing`, async ({ page }) => {
        await page.goto(`/embed/${lang}/${chart}/`);
        // Both drawings laid out at once, so each can be measured without resizing the page.
        await page
          .locator('.chart-svg[data-layout]')
          .evaluateAll((holders) => holders.forEach((h) => (h as HTMLElement).style.setProperty('display', 'block', 'important')));
        await page.evaluate(() => document.fonts.ready);
        const figure = page.locator('figure[data-chart]');
        const steps = Number(await figure.getAttribute('data-steps'));
        const problems: string[] = [];
        for (let step = 0; step < steps; step++) {
          if (step > 0) await page.locator('[data-step-action="next"]').click();
          for (const layout of layouts) {
            await expect(page.locator(`.chart-svg[data-layout="${layout}"] svg`)).toHaveAttribute('data-step', String(step));
            const drawing = await measure(page, layout);
            const where = `${layout} drawing, step ${step + 1}`;
            expect(drawing.texts.length, where).toBeGreaterThan(0);
            for (const c of findCollisions(drawing)) {
              if (c.kind === 'overlap') problems.push(`${where}: ${describeText(c.a)} overlaps ${describeText(c.b)} by ${c.width}×${c.height} px`);
              else if (c.kind === 'line') problems.push(`${where}: ${describeText(c.a)} crosses the ${c.line} line`);
              else problems.push(`${where}: ${describeText(c.a)} runs ${c.by} px outside the drawing (${c.side})`);
            }
          }
        }
        expect(problems, `${chart} in ${lang}`).toEqual([]);
      });
    }
  });
}
