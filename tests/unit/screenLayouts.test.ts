import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { shortScreenQuery, sideBySideQuery, wideDrawingQuery, wideScreenQuery } from '../../src/client/screenLayouts';

// The story's layouts are chosen twice, by the CSS and by the code that reads the same media queries: a query
// written one way in a stylesheet and another in src/client/screenLayouts.ts would lay a page out for one screen and
// scroll it for another.
const root = join(import.meta.dirname, '../..');
const styled = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((path) => /\.(css|astro)$/.test(path));
const layoutQueries = styled.flatMap((path) =>
  [...readFileSync(join(root, 'src', path), 'utf8').matchAll(/@media ([^{]*(?:34rem|64rem|32rem)[^{]*?)\s*\{/g)].map((m) => ({ path, query: m[1] })),
);

test('every stylesheet that picks a layout by screen size writes one of the named queries', () => {
  expect(layoutQueries.length).toBeGreaterThan(0);
  const named: string[] = [shortScreenQuery, sideBySideQuery, wideDrawingQuery, wideScreenQuery];
  expect(layoutQueries.filter(({ query }) => !named.includes(query!))).toEqual([]);
});

test('global.css has a block of its own for short screens', () => {
  expect(layoutQueries).toContainEqual({ path: join('styles', 'global.css'), query: shortScreenQuery });
});
