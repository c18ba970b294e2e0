// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { languageTag } from './src/i18n/locales.ts';
import { siteAddress } from './src/site/siteAddress.ts';
import { remarkCallSite } from './src/components/mdx/remarkCallSite.mjs';
import { generatedStylesheets } from './src/styles/generatedStylesheets.ts';
import { classicScripts } from './src/build/classicScriptsIntegration.ts';

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

/**
 * Chinese headings written in Markdown break between words. The step is loaded when MDX compiles, where Vite resolves
 * its imports; tools that read this file in plain Node (`npm run export`) never load it.
 * @returns {(tree: import('hast').Root, file: { path?: string }) => Promise<void>}
 */
function rehypeHeadingBreaks() {
  return async (tree, file) => (await import('./src/components/mdx/rehypeHeadingBreaks.ts')).rehypeHeadingBreaks()(tree, file);
}

// The public address of the site: absolute URLs (canonical, hreflang, share cards, feeds, embeds) are built from
// it. SITE_URL, or http://localhost:4321/ for local builds; `npm run deploy` stops without it (src/site/siteAddress.ts).
const site = siteAddress(process.env);

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    // <Cite> and <Value> learn the file and line they were written on, so a wrong id names both. Chinese headings
    // break between words.
    mdx({ remarkPlugins: [remarkCallSite], rehypePlugins: [rehypeHeadingBreaks] }),
    // Every page a reader can land on, each with its other language as an hreflang alternate. Embed pages are
    // noindex (they belong inside other sites' pages), and the 404 page is no address of its own.
    sitemap({
      i18n: { defaultLocale: 'en', locales: languageTag },
      filter: (page) => !new URL(page).pathname.match(/\/(embed\/|404)/),
      // The root only offers the two languages; it is no language version of the story.
      serialize: ({ links, ...item }) => {
        const languages = links?.filter((link) => new URL(link.url).pathname !== '/') ?? [];
        return new URL(item.url).pathname === '/' || languages.length === 0 ? item : { ...item, links: languages };
      },
    }),
    // The scripts that must be classic, not modules (/embed.js, /snippet/v1.js, the embed pages' own), bundled by
    // Vite from TypeScript, one self-contained file each.
    classicScripts(),
  ],
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
  // Fonts and images as files, never data: URIs, which the CSP (font-src 'self') refuses. The site's colours are a
  // stylesheet written from the palette (virtual:theme.css).
  vite: { plugins: [generatedStylesheets()], build: { assetsInlineLimit: 0 }, css: { postcss: { plugins: [woff2Only] } } },
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
