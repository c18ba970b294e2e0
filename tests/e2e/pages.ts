import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site, as a URL path: the gates cover whatever the build produces. */
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

export function builtHtmlFiles(dir = 'dist'): string[] {
  return builtPages(dir).map((page) => join(dir, page.endsWith('/') ? `${page}index.html` : page));
}

export const viewports = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

export { storyCharts } from '../tools/storyCharts.ts';
