import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtFileOf, builtPages } from '../support/builtSite';

/** The file under dist/ that a same-site URL path is served from, or undefined if none. */
function servedFile(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/') ? [join('dist', path, 'index.html')] : [join('dist', path), join('dist', path, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

test('every link, script, stylesheet and image within the site resolves to a built file', () => {
  const origin = 'http://site.invalid';
  const broken: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(builtFileOf(page), 'utf8');
    for (const [, , value] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
      if (!value || /^(https?:|mailto:|data:|#)/.test(value)) continue;
      const url = new URL(value.replace(/&amp;/g, '&'), origin + page);
      if (!servedFile(url.pathname)) broken.push(`${page} → ${value}`);
    }
  }
  expect(broken).toEqual([]);
});
