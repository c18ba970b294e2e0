import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { builtHtmlFiles, builtPages } from '../support/builtSite';

/** A built page's parsed HTML. */
const documentOf = (file: string) => new JSDOM(readFileSync(file, 'utf8')).window.document;
const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
/** The file under dist/ an absolute address of the site points at. */
const builtFileFor = (url: string) => join('dist', new URL(url).pathname);
const shareablePages = builtPages().filter((path) => path !== '/' && path !== '/404.html');

test('every page a reader can share has Open Graph and Twitter card metadata, with its own 1200×630 PNG', () => {
  for (const file of builtHtmlFiles().filter((f) => f !== 'dist/404.html')) {
    const doc = documentOf(file);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // The root, which offers both languages, speaks English first.
    const lang = doc.documentElement.lang;
    const fields = Object.fromEntries(
      ['og:title', 'og:description', 'og:url', 'og:locale', 'og:locale:alternate', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image'].map(
        (key) => [key, meta(doc, key)],
      ),
    );
    for (const [key, value] of Object.entries(fields)) expect(value, `${file}: ${key}`).toBeTruthy();
    expect(fields['twitter:card'], file).toBe('summary_large_image');
    expect(fields['og:locale'], file).toBe(lang === 'zh-CN' ? 'zh_CN' : 'en_US');
    expect(fields['og:locale:alternate'], file).toBe(lang === 'zh-CN' ? 'en_US' : 'zh_CN');
    if (canonical) expect(fields['og:url'], file).toBe(canonical);
    const image = fields['og:image']!;
    expect(image, file).toMatch(/^https?:\/\/[^/]+\/share\/(en|zh)\/[a-z-]+\.png$/);
    expect(image, file).toContain(`/share/${lang === 'zh-CN' ? 'zh' : 'en'}/`);
    const png = readFileSync(builtFileFor(image));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});

test('an embed page’s card shows its own chart; the story’s shows the cover', () => {
  expect(meta(documentOf('dist/embed/zh/gpu-fleets/index.html'), 'og:image')).toMatch(/\/share\/zh\/gpu-fleets\.png$/);
  expect(meta(documentOf('dist/en/index.html'), 'og:image')).toMatch(/\/share\/en\/cover\.png$/);
});

/** Every JSON-LD block of a built page, parsed. */
function jsonLd(file: string): Record<string, unknown>[] {
  return [...documentOf(file).querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  );
}

test('the story and each post describe themselves as an Article with every required field', () => {
  const articles = builtHtmlFiles().filter((f) => /dist\/(en|zh)\/(index\.html|posts\/[^/]+\/index\.html)$/.test(f));
  expect(articles.length).toBeGreaterThanOrEqual(4);
  for (const file of articles) {
    const blocks = jsonLd(file);
    expect(
      blocks.map((b) => b['@type']),
      file,
    ).toEqual(['Article']);
    const article = blocks[0]!;
    for (const key of ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'inLanguage', 'image'])
      expect(article[key], `${file}: ${key}`).toBeTruthy();
    expect(article['datePublished'], file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article['dateModified']! >= article['datePublished']!, file).toBe(true);
    expect(article['inLanguage'], file).toBe(documentOf(file).documentElement.lang);
    for (const image of article['image'] as string[]) expect(existsSync(builtFileFor(image)), image).toBe(true);
  }
});

test('the methods page describes the data as a Dataset, CC BY 4.0, with one DataDownload per CSV that resolves', () => {
  for (const lang of ['en', 'zh']) {
    const file = `dist/${lang}/methods/index.html`;
    const [dataset, ...rest] = jsonLd(file);
    expect(rest).toEqual([]);
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization' },
    });
    for (const key of ['name', 'description', 'temporalCoverage']) expect(dataset![key], `${file}: ${key}`).toBeTruthy();
    const downloads = dataset!['distribution'] as { '@type': string; contentUrl: string; encodingFormat: string }[];
    const linked = [...documentOf(file).querySelectorAll('a[href$=".csv"]')].map((a) => a.getAttribute('href')!.split('/').at(-1));
    expect(downloads.map((d) => d.contentUrl.split('/').at(-1)).sort()).toEqual([...new Set(linked)].sort());
    for (const download of downloads) {
      expect(download).toMatchObject({ '@type': 'DataDownload', encodingFormat: 'text/csv' });
      expect(existsSync(builtFileFor(download.contentUrl)), download.contentUrl).toBe(true);
    }
  }
});

test('the sitemap lists every page a reader can land on, each with its other language as an hreflang alternate', () => {
  expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain('/sitemap-0.xml');
  const sitemap = new JSDOM(readFileSync('dist/sitemap-0.xml', 'utf8'), { contentType: 'text/xml' }).window.document;
  const urls = [...sitemap.getElementsByTagName('url')];
  const listed = urls.map((url) => new URL(url.getElementsByTagName('loc')[0]!.textContent!).pathname);
  expect(listed.sort()).toEqual(
    shareablePages
      .filter((path) => !path.startsWith('/embed/'))
      .concat('/')
      .sort(),
  );
  for (const url of urls) {
    const path = new URL(url.getElementsByTagName('loc')[0]!.textContent!).pathname;
    if (path === '/') continue;
    const alternates = [...url.getElementsByTagName('xhtml:link')].map(
      (link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`,
    );
    expect(alternates, path).toEqual([`en ${path.replace(/^\/zh\//, '/en/')}`, `zh-CN ${path.replace(/^\/en\//, '/zh/')}`]);
  }
});

test('robots.txt names the sitemap', () => {
  expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
});

test('each language has an RSS feed of its posts, announced on the post pages', () => {
  for (const lang of ['en', 'zh']) {
    const feed = new JSDOM(readFileSync(`dist/${lang}/posts/rss.xml`, 'utf8'), { contentType: 'text/xml' }).window.document;
    const items = [...feed.getElementsByTagName('item')];
    const posts = shareablePages.filter((path) => new RegExp(`^/${lang}/posts/[^/]+/$`).test(path));
    expect(items.map((item) => new URL(item.getElementsByTagName('link')[0]!.textContent!).pathname).sort()).toEqual(posts.sort());
    expect(feed.getElementsByTagName('language')[0]?.textContent).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    for (const page of [`/${lang}/posts/`, ...posts]) {
      const link = documentOf(join('dist', page, 'index.html')).querySelector('link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('href'), page).toMatch(new RegExp(`/${lang}/posts/rss\\.xml$`));
    }
  }
});

// Run as a classic script, an object literal with quoted keys would be a syntax error: the page gates
// (tests/e2e/gates.spec.ts) load every page and fail on any script error or CSP violation.
test('each page’s JSON-LD is one block of data, not script: it parses, and the CSP does not list it as a script to run', () => {
  for (const file of builtHtmlFiles().filter((f) => jsonLd(f).length > 0)) {
    const doc = documentOf(file);
    const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
    expect(blocks.length, file).toBe(1);
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp, file).toContain('script-src');
    expect(csp, file).not.toContain(createHash('sha256').update(blocks[0]!).digest('base64'));
  }
});
