// The built site in dist/, as the tests walk it: whatever the build produces is covered.
import { readdirSync, statSync } from 'node:fs';
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

export { storyCharts } from '../tools/storyCharts.ts';
