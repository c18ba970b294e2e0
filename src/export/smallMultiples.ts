import { palettes } from '../charts/shared/theme';
import { svgNamespace } from '../charts/shared/svg';
import { figureWidths } from '../charts/widths';
import { translator } from '../i18n/ui';
import type { ChartDefinition } from '../charts/definition';
import type { ThemeName } from '../charts/shared/theme';
import type { Locale } from '../i18n/locales';

const gap = 24;
const labelHeight = 22;

/**
 * Every step of a chart in one drawing, for a post that wants the whole sequence in one figure: the phone drawing of
 * each step, two to a row, each under its step's number, as groups a design tool shows as layers (step-1, step-2…).
 */
export function smallMultiplesSvg({
  chart,
  data,
  locale,
  theme,
  document,
  inputs,
}: {
  chart: ChartDefinition;
  data: unknown;
  locale: Locale;
  theme: ThemeName;
  document: Document;
  inputs?: unknown;
}): SVGSVGElement {
  const t = translator(locale);
  const width = figureWidths.narrow;
  const columns = Math.min(2, chart.stepCount);
  const steps = Array.from({ length: chart.stepCount }, (_, step) =>
    chart.render(data, { width, locale, step, theme, document, idPrefix: `${chart.id}-step-${step + 1}`, inputs }),
  );
  const rows = Array.from({ length: Math.ceil(steps.length / columns) }, (_, row) => steps.slice(row * columns, row * columns + columns));
  const rowHeights = rows.map((row) => labelHeight + Math.max(...row.map((svg) => Number(svg.getAttribute('height')))));
  const create = (name: string, attributes: Record<string, string | number>) => {
    const element = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };

  const totalWidth = columns * width + (columns - 1) * gap;
  const totalHeight = rowHeights.reduce((sum, height) => sum + height, 0) + (rows.length - 1) * gap;
  const root = create('svg', { width: totalWidth, height: totalHeight, viewBox: `0 0 ${totalWidth} ${totalHeight}` }) as SVGSVGElement;
  const desc = create('desc', {});
  desc.textContent = steps.map((svg) => svg.querySelector(':scope > desc')?.textContent ?? '').join(' ');
  root.append(desc);

  let top = 0;
  rows.forEach((row, rowIndex) => {
    row.forEach((svg, column) => {
      const step = rowIndex * columns + column;
      const group = create('g', { id: `step-${step + 1}`, transform: `translate(${column * (width + gap)},${top})` });
      const label = create('text', { x: 0, y: 15, 'font-size': 13, 'font-weight': 700, fill: palettes[theme].text });
      label.textContent = t('scrolly.stepOf', { n: step + 1, total: chart.stepCount });
      // The step's drawing keeps its own inherited presentation (size, colour) on its group; the font stack is the root's.
      const drawing = create('g', { transform: `translate(0,${labelHeight})` });
      for (const name of ['font-size', 'font-weight', 'fill', 'stroke', 'text-anchor']) {
        const value = svg.getAttribute(name);
        if (value !== null) drawing.setAttribute(name, value);
      }
      for (const child of [...svg.childNodes]) if (child.nodeName !== 'title' && child.nodeName !== 'desc') drawing.append(child);
      group.append(label, drawing);
      root.append(group);
    });
    top += rowHeights[rowIndex]! + gap;
  });
  return root;
}
