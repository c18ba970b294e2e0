// The charts' places in the story for tests, which run outside Astro and so without its content collection: the
// collection's own files (src/content/story/<lang>/*.mdx), ordered and named as the collection orders and names
// them, through the site's one reading of them (src/story/chartPlaces.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../../src/i18n/locales';
import { chartPlaces, type ChartPlace } from '../../src/story/chartPlaces';
import { storySections } from '../../src/story/sections';

export function storyPlacesFromFiles(locale: Locale): Map<string, ChartPlace> {
  const folder = join('src/content/story', locale);
  const entries = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      id: `${locale}/${name.replace(/\.mdx$/, '')}`,
      body: readFileSync(join(folder, name), 'utf8'),
      data: { title: '', kicker: '' },
    }));
  return chartPlaces(storySections(entries as unknown as CollectionEntry<'story'>[], locale));
}

/** Both languages' places, as /charts/index.json's page reads them. */
export const storyPlacesByLocale = (): Record<Locale, Map<string, ChartPlace>> =>
  Object.fromEntries(locales.map((locale) => [locale, storyPlacesFromFiles(locale)])) as Record<Locale, Map<string, ChartPlace>>;
