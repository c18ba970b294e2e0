// The built site in dist/, as the tests walk it: whatever the build produces is covered.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site, as a URL path. */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        pages.push(
          '/' +
            relative(dir, path)
              .replace(/index\.html$/, '')
              .replace(/\\/g, '/'),
        );
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The file under dist/ a page's URL path is served from. */
export const builtFileOf = (page: string, dir = 'dist'): string => join(dir, page.endsWith('/') ? `${page}index.html` : page);

export function builtHtmlFiles(dir = 'dist'): string[] {
  return builtPages(dir).map((page) => builtFileOf(page, dir));
}

/**
 * Every chart, in story order, as the build publishes the registry (src/charts/registry.ts) in /charts/index.json:
 * the tests take the charts from there, not from a list of their own.
 */
export const storyCharts: readonly string[] = (JSON.parse(readFileSync('dist/charts/index.json', 'utf8')) as { charts: { id: string }[] }).charts.map(
  (chart) => chart.id,
);
