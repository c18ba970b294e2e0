/**
 * The absolute address of a path of the site, for markup that is pasted elsewhere. In the build the address is
 * astro.config.mjs's `site`; outside it (unit tests) the same SITE_URL variable and default that config reads.
 */
export function siteUrl(path: string): string {
  const site = import.meta.env.SITE ?? process.env['SITE_URL'] ?? 'https://cloud-loophole.example.org';
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
  return new URL(base + path.replace(/^\//, ''), site).href;
}
