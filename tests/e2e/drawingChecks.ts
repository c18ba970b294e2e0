// What the step walk reads of a drawing besides where it sits: the contrast of its text against the chart's
// background, and the boxes of its labels. Each runs in the page on one SVG, found from a step's id.
import type { Page } from '@playwright/test';
import type { MeasuredDrawing } from './glyphBoxes';

export interface TextContrast {
  text: string;
  ratio: number;
  /** Text at full opacity not marked faded (class "faded" on it or an ancestor): it needs 4.5:1, faded text 3:1. */
  active: boolean;
  color: string;
}

/**
 * Every text of the visible drawing of a step's chart with its contrast on the chart's background. A text's colour
 * is its computed fill composited over the background at its own fill-opacity times its own and its ancestors'
 * opacity, as the browser paints it. Text on a chart's own coloured zones is checked against the chart background too.
 */
export function measureContrast(page: Page, stepId: string): Promise<TextContrast[]> {
  return page.evaluate((id) => {
    const figure = document.getElementById(id)!.closest('figure')!;
    const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-svg svg')].find((s) => s.checkVisibility())!;
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
    return views;
  }, stepId);
}

/**
 * Every visible text of the visible drawing of a step's chart, boxed by Chromium from the glyphs it really set
 * (getBBox), mapped into the SVG's own coordinates through any rotation or translation, with the lines labels
 * must keep clear of.
 */
export function measureLabels(page: Page, stepId: string): Promise<MeasuredDrawing> {
  return page.evaluate((id) => {
    const figure = document.getElementById(id)!.closest('figure')!;
    const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-svg svg')].find((s) => s.checkVisibility())!;
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
    return { texts, lines, width, height };
  }, stepId);
}
