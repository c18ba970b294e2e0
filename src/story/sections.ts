import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

export interface StorySection {
  /** The same in every language: the file name without its order prefix. */
  slug: string;
  title: string;
  kicker: string;
  entry: CollectionEntry<'story'>;
}

/** One language's sections in file-name order ("00-opening" first). */
export function storySections(entries: readonly CollectionEntry<'story'>[], locale: Locale): StorySection[] {
  return entries
    .filter((entry) => entry.id.startsWith(`${locale}/`))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({
      slug: entry.id.slice(locale.length + 1).replace(/^\d+-/, ''),
      title: entry.data.title,
      kicker: entry.data.kicker,
      entry,
    }));
}
