import { palettes, type ThemeName } from '../charts/shared/theme';
import { svgNamespace } from '../charts/shared/svg';
import { wrapText } from '../charts/shared/wrapText';
import { languageTag, type Locale } from '../i18n/locales';
import { makeEditorSafe, roundNumbers } from './editorSafe';
import { exportFontFamily } from './fontStack';
import type { ExportTexts } from './texts';

export interface StandaloneOptions {
  chartId: string;
  /** Zero-based, as the page counts it. */
  step: number;
  locale: Locale;
  theme: ThemeName;
}

interface TextBlock {
  id: string;
  text: string;
  size: number;
  weight?: number;
  color: string;
}

const lineHeight = 1.3;

/** The ids of what this file draws around the chart. */
const ownIds = ['background', 'header', 'title', 'subtitle', 'chart', 'footer', 'source', 'credit', 'url'];

/**
 * A chart as a file that stands alone: its title and subtitle above, its source, credit and address below,
 * all as editable SVG text in the chart's language, on a background of its own, with nothing a design tool
 * or an image viewer cannot read. The chart itself is moved in, cleaned, as one group of named layers.
 */
export function standaloneSvg(chart: SVGSVGElement, texts: ExportTexts, { chartId, step, locale, theme }: StandaloneOptions): SVGSVGElement {
  const document = chart.ownerDocument;
  const palette = palettes[theme];
  const width = Number(chart.getAttribute('width'));
  const chartHeight = Number(chart.getAttribute('height'));
  const narrow = width < 480;
  const padding = narrow ? 12 : 16;
  const create = <K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}) => {
    const element = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };

  // Text blocks are stacked from the top; each line's baseline sits inside its line box.
  let cursor = padding;
  const stack = (group: SVGGElement, blocks: TextBlock[], gap: number) => {
    for (const block of blocks) {
      // The width estimate is approximate; an em of slack keeps the longest line inside the frame.
      const lines = wrapText(block.text, width - 2 * padding - block.size, block.size, locale);
      const text = create('text', {
        id: block.id,
        x: padding,
        'font-size': block.size,
        fill: block.color,
        ...(block.weight ? { 'font-weight': block.weight } : {}),
      });
      lines.forEach((line, i) => {
        const baseline = cursor + block.size * ((lineHeight - 1) / 2 + 0.88) + i * block.size * lineHeight;
        const tspan = create('tspan', { x: padding, y: roundNumbers(String(baseline)) });
        tspan.textContent = line;
        text.append(tspan);
      });
      group.append(text);
      cursor += lines.length * block.size * lineHeight + gap;
    }
  };

  const header = create('g', { id: 'header' });
  stack(
    header,
    [
      { id: 'title', text: texts.title, size: narrow ? 18 : 20, weight: 700, color: palette.text },
      { id: 'subtitle', text: texts.subtitle, size: 14, color: palette.muted },
    ],
    2,
  );
  cursor += padding / 2;

  const drawing = create('g', { id: 'chart', transform: `translate(0,${roundNumbers(String(cursor))})` });
  const chartDescription = chart.querySelector(':scope > desc')?.textContent ?? '';
  makeEditorSafe(chart, palette.text, ownIds);
  // The chart's own inherited presentation (font size, text colour) moves onto its group; the font stack is set once, on the root.
  for (const name of ['font-size', 'font-weight', 'fill', 'stroke', 'text-anchor']) {
    const value = chart.getAttribute(name);
    if (value !== null) drawing.setAttribute(name, value);
  }
  for (const child of [...chart.childNodes]) {
    if (child.nodeName === 'title' || child.nodeName === 'desc') continue;
    drawing.append(child);
  }
  cursor += chartHeight + padding / 2;

  const footer = create('g', { id: 'footer' });
  stack(
    footer,
    [
      { id: 'source', text: texts.source, size: 12, color: palette.muted },
      { id: 'credit', text: texts.credit, size: 12, color: palette.muted },
      { id: 'url', text: texts.url, size: 12, color: palette.accent },
    ],
    2,
  );
  const height = Math.ceil(cursor + padding - 2);

  // The serialiser writes xmlns from the element's namespace; setting it as an attribute too would repeat it.
  const root = create('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    lang: languageTag[locale],
    'font-family': exportFontFamily(locale),
    'data-chart': chartId,
    'data-step': step,
  }) as SVGSVGElement;
  const title = create('title');
  title.textContent = texts.title;
  const desc = create('desc');
  desc.textContent = [texts.subtitle, chartDescription].filter(Boolean).join(locale === 'zh' ? '。' : '. ');
  const background = create('rect', { id: 'background', width, height, fill: palette.background });
  root.append(title, desc, background, header, drawing, footer);
  return root;
}
