import { palettes } from '../charts/shared/theme';
import { svgNamespace } from '../charts/shared/svg';
import { wrapText } from '../charts/shared/wrapText';
import { makeEditorSafe, roundNumbers } from '../export/editorSafe';
import { exportFontFamily } from '../export/fontStack';
import { languageTag, type Locale } from '../i18n/locales';

/** The size social sites and chat apps crop link previews to (Open Graph's 1.91:1). */
export const shareCardSize = { width: 1200, height: 630 } as const;

/** The width a card's chart is drawn at: its own wide layout, so its labels keep their designed places. */
export const shareChartWidth = 640;

export interface ShareCardTexts {
  /** Small, above the title: the site's name on a chart's card. */
  kicker?: string;
  title: string;
  /** A line under the title; the cover's standfirst. */
  subtitle?: string;
  /** The source line, with its "Source:" label. */
  source: string;
  /** The site's address as readers type it, e.g. "last-loophole.pages.dev". */
  site: string;
}

const margin = 48;
const lineHeight = 1.22;
const textWidth = 420;
const chartBox = {
  x: margin + textWidth + 40,
  y: 36,
  width: shareCardSize.width - (margin + textWidth + 40) - 36,
  height: shareCardSize.height - 72,
};
const ownIds = ['background', 'kicker', 'title', 'subtitle', 'chart', 'source', 'site'];

/**
 * A link preview: the words on the left in type large enough to read at thumbnail size, the chart on the right
 * at its last step, scaled to fit. The chart is cleaned as for an SVG export, so resvg draws it as a browser would.
 */
export function shareCardSvg(chart: SVGSVGElement, texts: ShareCardTexts, locale: Locale): SVGSVGElement {
  const document = chart.ownerDocument;
  const palette = palettes.light;
  const create = <K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}) => {
    const element = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };
  const block = (id: string, text: string, size: number, top: number, color: string, weight?: number, maxLines = 6) => {
    const all = wrapText(text, textWidth - size / 2, size, locale);
    const lines = all.slice(0, Math.max(0, maxLines));
    // A cut text says so.
    if (all.length > lines.length && lines.length > 0) lines[lines.length - 1] = `${lines.at(-1)!.replace(/[\s,，、;；:：]+$/, '')}…`;
    const element = create('text', { id, x: margin, 'font-size': size, fill: color, ...(weight ? { 'font-weight': weight } : {}) });
    lines.forEach((line, i) => {
      const tspan = create('tspan', { x: margin, y: roundNumbers(String(top + size * (0.95 + i * lineHeight))) });
      tspan.textContent = line;
      element.append(tspan);
    });
    return { element, bottom: top + lines.length * size * lineHeight };
  };
  const linesOf = (text: string, size: number) => wrapText(text, textWidth - size / 2, size, locale).length;

  // The source line and address sit at the bottom of the column, whatever the title's length.
  const siteTop = shareCardSize.height - margin - 22 * lineHeight;
  const site = block('site', texts.site, 22, siteTop, palette.accent, 700, 1);
  const sourceTop = siteTop - 14 - Math.min(4, linesOf(texts.source, 18)) * 18 * lineHeight;
  const source = block('source', texts.source, 18, sourceTop, palette.muted, undefined, 4);
  const kicker = texts.kicker ? block('kicker', texts.kicker, 22, margin, palette.accent, 700, 2) : undefined;
  const titleSize = locale === 'zh' ? 44 : 42;
  const title = block('title', texts.title, titleSize, kicker ? kicker.bottom + 18 : margin, palette.text, 700, 5);
  // The subtitle takes what room is left above the source line.
  const subtitleSize = 24;
  const subtitleTop = title.bottom + 16;
  const subtitle = texts.subtitle
    ? block(
        'subtitle',
        texts.subtitle,
        subtitleSize,
        subtitleTop,
        palette.muted,
        undefined,
        Math.floor((sourceTop - 24 - subtitleTop) / (subtitleSize * lineHeight)),
      )
    : undefined;

  const width = Number(chart.getAttribute('width'));
  const height = Number(chart.getAttribute('height'));
  const scale = Math.min(chartBox.width / width, chartBox.height / height);
  const x = chartBox.x + (chartBox.width - width * scale) / 2;
  const y = chartBox.y + (chartBox.height - height * scale) / 2;
  const drawing = create('g', { id: 'chart', transform: roundNumbers(`translate(${x},${y}) scale(${scale})`) });
  makeEditorSafe(chart, palette.text, ownIds);
  for (const name of ['font-size', 'font-weight', 'fill', 'stroke', 'text-anchor']) {
    const value = chart.getAttribute(name);
    if (value !== null) drawing.setAttribute(name, value);
  }
  for (const child of [...chart.childNodes]) if (child.nodeName !== 'title' && child.nodeName !== 'desc') drawing.append(child);

  const { width: cardWidth, height: cardHeight } = shareCardSize;
  const root = create('svg', {
    width: cardWidth,
    height: cardHeight,
    viewBox: `0 0 ${cardWidth} ${cardHeight}`,
    lang: languageTag[locale],
    'font-family': exportFontFamily(locale),
  }) as SVGSVGElement;
  const label = create('title');
  label.textContent = texts.title;
  root.append(label, create('rect', { id: 'background', width: cardWidth, height: cardHeight, fill: palette.background }));
  if (kicker) root.append(kicker.element);
  root.append(title.element);
  if (subtitle && subtitle.bottom > subtitleTop) root.append(subtitle.element);
  root.append(source.element, site.element, drawing);
  return root;
}
