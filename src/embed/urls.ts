import type { Locale } from '../i18n/locales';
import { sitePath } from '../site/urls';

export const loaderPath = sitePath('embed.js');

export function embedPath(locale: Locale, chartId: string): string {
  return sitePath(`embed/${locale}/${chartId}/`);
}

export function oembedPath(locale: Locale, chartId: string): string {
  return `${embedPath(locale, chartId)}oembed.json`;
}

export function storyPath(locale: Locale): string {
  return sitePath(`${locale}/`);
}
