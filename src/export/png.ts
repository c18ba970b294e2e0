import { renderAsync } from '@resvg/resvg-js';
import type { Locale } from '../i18n/locales';
import { cjkFamily, pngFontFiles } from './pngFonts';

export interface PngOptions {
  /** Device pixels per SVG pixel: 2 by default, for sharp text on high-density screens. */
  scale?: number;
}

/**
 * An exported SVG drawn to PNG by resvg with the fonts given rather than whatever the machine has, so the image
 * is the same everywhere: the stack's Noto Sans and Noto Sans CJK SC resolve by name. Drawn off the main thread.
 */
export async function svgToPng(svg: string, locale: Locale, { scale = 2 }: PngOptions = {}): Promise<Buffer> {
  if (!(scale > 0 && scale <= 8)) throw new Error(`PNG scale must be above 0 and at most 8, got ${scale}`);
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: pngFontFiles(), defaultFontFamily: cjkFamily, sansSerifFamily: cjkFamily },
    languages: [locale === 'zh' ? 'zh-CN' : 'en'],
    logLevel: 'off',
  });
  return image.asPng();
}
