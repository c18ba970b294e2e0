// The site's public address, decided in one place. astro.config.mjs reads it for the build (it is plain Node
// there, so this file uses nothing Astro or Vite provide); src/site/urls.ts and the export command read it too.

/** Where a local build and the dev server say the site lives: the port astro dev, astro preview and the tests use. */
export const localSiteUrl = 'http://localhost:4321/';

export interface SiteEnv {
  SITE_URL?: string | undefined;
  /** Set by Cloudflare Pages' build service. */
  CF_PAGES?: string | undefined;
  /** Set by Netlify's build service. */
  NETLIFY?: string | undefined;
  /** Set by npm to the script it runs: "deploy" in `npm run deploy`. */
  npm_lifecycle_event?: string | undefined;
}

/** A build whose output goes to readers: `npm run deploy`, or a host's build service building the repository. */
export function isPublicBuild(env: SiteEnv): boolean {
  return env.npm_lifecycle_event === 'deploy' || env.CF_PAGES === '1' || env.NETLIFY === 'true';
}

const missing = `SITE_URL is not set. A public build writes the site's address into canonical and hreflang links,
share cards, feeds, the sitemap, embed and snippet code, and it cannot guess it.
Set it to the address readers will use, e.g. SITE_URL=https://last-loophole.pages.dev npm run deploy`;

/**
 * The site's address as an absolute URL ending in "/". SITE_URL when set; otherwise the local default, except in
 * a public build, which stops rather than publish links to localhost.
 */
export function siteAddress(env: SiteEnv): string {
  const value = env.SITE_URL?.trim();
  const publicBuild = isPublicBuild(env);
  if (!value) {
    if (publicBuild) throw new Error(missing);
    return localSiteUrl;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://example.com/, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// or http://, got "${value}"`);
  if (
    publicBuild &&
    (url.protocol !== 'https:' || /^(localhost|127\.|\[::1\])/.test(url.hostname) || /(^|\.)example\.(org|com|net)$/.test(url.hostname))
  ) {
    throw new Error(`SITE_URL is "${value}", which readers cannot reach. A public build needs the site's real https:// address.`);
  }
  // A site in a folder sets astro.config.mjs's `base`; SITE_URL is the origin alone.
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL must be an origin such as https://example.com, without a path, query or fragment; got "${value}"`);
  return url.href;
}
