// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The public address of the site: absolute URLs (hreflang, canonical) are built from it.
const site = process.env.SITE_URL ?? 'https://cloud-loophole.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx()],
  // Shiki writes inline styles, which the CSP forbids; the story has no code blocks to highlight.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The site's own CSS is a few kilobytes: inlined, it costs no round trip before the first paint. Astro hashes
  // each inline <style> into the CSP's style-src.
  build: { inlineStylesheets: 'always' },
  // Fonts and images as files, never data: URIs, which the CSP (font-src 'self') refuses.
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    // Astro hashes its own scripts and styles into script-src / style-src; everything else is same-origin only.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
