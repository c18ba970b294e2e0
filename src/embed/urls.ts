import type { Locale } from '../i18n/locales';

/**
 * The site's public address: Astro's `site` (astro.config.mjs, set by SITE_URL) in a build. Outside a build, as
 * in unit tests, SITE_URL or the same default as the config.
 */
export function siteUrl(): URL {
  return new URL(import.meta.env.SITE ?? process.env['SITE_URL'] ?? 'https://cloud-loophole.example.org');
}

/** A path under the site's base ("/", or "/sub/" when the site lives in a folder). */
export function sitePath(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** Pasted code runs on other sites: every address in it is absolute. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}

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
