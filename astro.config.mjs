// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { remarkCallSite } from './src/components/mdx/remarkCallSite.mjs';

/**
 * Fontsource offers each face as WOFF2 and WOFF; every browser the site supports reads WOFF2, so the WOFF
 * sources only double the @font-face rules a page must parse (100 KB for the Chinese face's hundred slices).
 */
const woff2Only = {
  postcssPlugin: 'woff2-only',
  /** @param {import('postcss').Declaration} declaration */
  Declaration(declaration) {
    if (declaration.prop !== 'src' || declaration.parent?.type !== 'atrule') return;
    const sources = declaration.value.split(/,(?=\s*url\()/).filter((source) => !/format\(["']woff["']\)/.test(source));
    declaration.value = sources.join(',');
  },
};

// The public address of the site: absolute URLs (hreflang, canonical) are built from it.
const site = process.env.SITE_URL ?? 'https://cloud-loophole.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // <Cite> and <Value> learn the file and line they were written on, so a wrong id names both.
  integrations: [mdx({ remarkPlugins: [remarkCallSite] })],
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
  vite: { build: { assetsInlineLimit: 0 }, css: { postcss: { plugins: [woff2Only] } } },
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
