import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../site/urls';

/** Every page may be crawled; the sitemap (@astrojs/sitemap) lists them with their other language. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePath('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
