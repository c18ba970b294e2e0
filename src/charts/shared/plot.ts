// Drawing pattern 2 of 2 (docs/architecture.md, "Two ways to draw"): Observable Plot, for charts whose steps
// only re-emphasise marks that stay put. render draws every mark once with Plot (plotChart), tags each with
// data-step-key (tagged), then sets the step's opacities; update, in its own module so that the browser's step
// code loads without Plot, only sets opacities and the <desc>. GPU counts, MMLU and Nvidia's revenue draw this
// way. Charts whose marks move between steps use D3 joins (./d3Chart.ts).
import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/locales';
import type { Palette, ThemeName } from './theme';
import { fontFamily, fontSize } from './theme';
import { createChartRoot, svgNamespace } from './svg';

export interface PlotFrame {
  document: Document;
  width: number;
  height: number;
  title: string;
  description: string;
  idPrefix: string;
  lang: string;
  palette: Palette;
}

/** What a Plot chart's drawing takes: the build's or the browser's document, and its step's description, written. */
export interface PlotDrawOptions {
  document: Document;
  width: number;
  height: number;
  locale: Locale;
  theme: ThemeName;
  idPrefix: string;
  description: string;
}

/**
 * A Plot render transform that tags each element a mark draws with its datum's key and any extra
 * attributes, so that a step can later find and restyle those elements in place.
 */
export function tagged<T>(data: readonly T[], attributes: (datum: T) => Record<string, string | number>): { render: Plot.RenderFunction } {
  return {
    render(index, scales, values, dimensions, context, next) {
      const group = next!(index, scales, values, dimensions, context);
      if (!group) return null;
      const children = [...group.children].filter((child) => child.tagName !== 'title');
      children.forEach((child, i) => {
        const datum = data[index[i]!];
        if (datum === undefined) return;
        for (const [name, value] of Object.entries(attributes(datum))) child.setAttribute(name, String(value));
      });
      return group;
    },
  };
}

/**
 * Plot's output made fit for this site, once for every Plot chart: no inline <style> (blocked by the CSP and
 * unread by design tools), no aria-label on bare <g> (an axe violation), no font-variant (invalid HTML),
 * no currentColor or CSS variables (black in non-browser renderers), text no smaller than 12 px.
 */
export function plotChart(options: Plot.PlotOptions, frame: PlotFrame): SVGSVGElement {
  const { document, width, height, palette } = frame;
  const rendered = Plot.plot({
    ...options,
    document,
    width,
    height,
    style: { fontSize: `${fontSize.tick}px` },
    className: 'plot',
  }) as unknown as Element;
  const plotSvg = rendered.tagName.toLowerCase() === 'svg' ? rendered : rendered.querySelector('svg');
  if (!plotSvg) throw new Error('Plot returned no SVG');

  const svg = createChartRoot(document, frame);
  svg.setAttribute('font-family', fontFamily);
  svg.setAttribute('font-size', String(fontSize.tick));
  svg.setAttribute('fill', palette.text);
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('class', 'bg');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', palette.background);
  svg.append(background);
  for (const child of [...plotSvg.childNodes]) {
    if ((child as Element).tagName?.toLowerCase() === 'style') continue;
    // Plot leaves text-anchor off centred text and lets it inherit "middle" from its own root, which is
    // not carried over: set it on each moved group, or tick labels and centred labels start at their point.
    if (child.nodeType === 1 && !(child as Element).hasAttribute('text-anchor')) (child as Element).setAttribute('text-anchor', 'middle');
    svg.append(child);
  }
  sanitizePlotOutput(svg, palette);
  return svg;
}

function sanitizePlotOutput(svg: SVGSVGElement, palette: Palette): void {
  for (const element of svg.querySelectorAll('*')) {
    element.removeAttribute('font-variant');
    element.removeAttribute('style');
    if (element.tagName.toLowerCase() === 'g') {
      const label = element.getAttribute('aria-label');
      element.removeAttribute('aria-label');
      element.removeAttribute('aria-description');
      // Plot's mark names make readable layer names for designers.
      if (label && !element.hasAttribute('data-layer')) element.setAttribute('data-layer', label.replace(/\s+/g, '-'));
    }
    for (const attribute of ['fill', 'stroke']) {
      const value = element.getAttribute(attribute);
      if (value === 'currentColor') element.setAttribute(attribute, palette.text);
      else if (value?.startsWith('var(')) element.setAttribute(attribute, palette.background);
    }
    for (const { name, value } of [...element.attributes]) {
      // Coordinates only: data-* and aria-* attributes carry sentences whose figures must stay as written (2.495 bn).
      if (name.startsWith('data-') || name.startsWith('aria-')) continue;
      if (/\d\.\d{3,}/.test(value))
        element.setAttribute(
          name,
          value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)),
        );
    }
    const size = Number(element.getAttribute('font-size'));
    if (size > 0 && size < fontSize.tick) element.setAttribute('font-size', String(fontSize.tick));
  }
  // Axis lines and ticks inherit currentColor from the root in Plot; name the colour outright.
  // Tick labels and axis labels too, or dark mode leaves them dark on dark.
  svg
    .querySelectorAll('[data-layer$="axis"], [data-layer$="tick"], [data-layer$="tick-label"], [data-layer$="axis-label"]')
    .forEach((g) => g.setAttribute('class', 'muted'));
}
