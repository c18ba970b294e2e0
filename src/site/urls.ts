import { siteAddress } from './siteAddress';

/**
 * The site's public address. In a build, Astro's `site`, which astro.config.mjs took from siteAddress; outside
 * one (unit tests, the export command) siteAddress itself, so both agree.
 */
export function siteUrl(): URL {
  return new URL(import.meta.env.SITE ?? siteAddress(process.env));
}

/** A path under the site's base ("/", or "/sub/" when the site lives in a folder). */
export function sitePath(path: string): string {
  return `${(import.meta.env.BASE_URL ?? '/').replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** An absolute address for a path that already carries the base (as sitePath returns): pasted code, feeds, cards. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}
