import { expect, test, type Page } from '@playwright/test';
import { storyCharts } from './pages';

/**
 * Every chart text a reader can see, at every step, in both languages, both themes and both drawings, against
 * the chart's background: at least 3:1, and 4.5:1 for active text. A text's colour is its computed fill
 * composited over the background at its own fill-opacity times its own and its ancestors' opacity, as the
 * browser paints it. Active text is text at full opacity that is not marked faded (class "faded" on it or an
 * ancestor: context the step sets back, drawn in the palette's faded grey). Text on a chart's own coloured
 * zones is checked against the chart background too.
 */

const charts = storyCharts;
const layouts = ['narrow', 'wide'] as const;
const themes = ['light', 'dark'] as const;

/** One page.evaluate per step: each drawing's texts with their contrast on its background. */
function measure(page: Page) {
  return page.locator('.chart-svg[data-layout] svg').evaluateAll((svgs: SVGSVGElement[]) => {
    const parse = (value: string): [number, number, number] | undefined => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(value);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
    };
    const linear = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: number[]) => 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    const ratio = (a: number[], b: number[]) => {
      const [la, lb] = [luminance(a), luminance(b)];
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    };
    return svgs.map((svg) => {
      const layout = svg.closest('[data-layout]')!.getAttribute('data-layout')!;
      const bgRect = svg.querySelector('rect.bg');
      const background = parse(bgRect ? getComputedStyle(bgRect).fill : getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255];
      const views = [];
      for (const el of svg.querySelectorAll<SVGTextElement>('text')) {
        if (el.closest('defs, clipPath, mask, title')) continue;
        // A text with tspans of their own colour is read run by run; otherwise as one.
        const runs = [...el.querySelectorAll('tspan')].filter((t) => t.textContent!.trim() !== '');
        const units: Element[] = runs.length > 0 ? runs : [el];
        for (const unit of units) {
          const text = unit.textContent!.trim();
          if (text === '') continue;
          let alpha = 1;
          let hidden = false;
          for (let node: Element | null = unit; node && node !== svg.parentElement; node = node.parentElement) {
            const style = getComputedStyle(node);
            if (style.display === 'none' || style.visibility === 'hidden') hidden = true;
            alpha *= Number(style.opacity);
          }
          const style = getComputedStyle(unit);
          const fill = parse(style.fill);
          if (hidden || !fill || alpha < 0.02) continue;
          alpha *= Number(style.fillOpacity);
          const seen = fill.map((v, i) => alpha * v + (1 - alpha) * background[i]!);
          views.push({
            text,
            ratio: Math.round(ratio(seen, background) * 100) / 100,
            active: alpha > 0.999 && !unit.closest('.faded'),
            color: style.fill,
          });
        }
      }
      return { layout, step: svg.getAttribute('data-step'), views };
    });
  });
}

for (const lang of ['en', 'zh']) {
  for (const theme of themes) {
    test.describe(`chart text contrast in ${lang}, ${theme} theme`, () => {
      test.use({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce', colorScheme: theme });

      for (const chart of charts) {
        test(`${chart}: at every step and both widths, text keeps 3:1 on the chart, active text 4.5:1`, async ({ page }) => {
          await page.goto(`/embed/${lang}/${chart}/`);
          await page
            .locator('.chart-svg[data-layout]')
            .evaluateAll((holders) => holders.forEach((h) => (h as HTMLElement).style.setProperty('display', 'block', 'important')));
          const figure = page.locator('figure[data-chart]');
          const steps = Number(await figure.getAttribute('data-steps'));
          const problems: string[] = [];
          let views = 0;
          for (let step = 0; step < steps; step++) {
            if (step > 0) await page.locator('[data-step-action="next"]').click();
            for (const layout of layouts)
              await expect(page.locator(`.chart-svg[data-layout="${layout}"] svg`)).toHaveAttribute('data-step', String(step));
            for (const drawing of await measure(page)) {
              expect(drawing.views.length).toBeGreaterThan(0);
              views += drawing.views.length;
              for (const v of drawing.views) {
                const needed = v.active ? 4.5 : 3;
                if (v.ratio < needed)
                  problems.push(
                    `${drawing.layout} drawing, step ${step + 1}: "${v.text.slice(0, 40)}" ${v.ratio}:1 (${v.active ? 'active' : 'faded'}, ${v.color}), needs ${needed}:1`,
                  );
              }
            }
          }
          test.info().annotations.push({ type: 'contrast', description: `${views} text views, ${problems.length} under their minimum` });
          expect(problems, `${chart} in ${lang}, ${theme}`).toEqual([]);
        });
      }
    });
  }
}
