import type { CollectionEntry } from 'astro:content';
import { isLocale, locales, type Locale } from '../i18n/locales';

export interface Post {
  locale: Locale;
  /** The file name without .mdx: the same in every language, so the language switch finds the other version. */
  slug: string;
  entry: CollectionEntry<'posts'>;
}

/** Every post with its language and slug; a file outside en/ or zh/, or a post missing a language, is an error. */
export function posts(entries: readonly CollectionEntry<'posts'>[]): Post[] {
  const all = entries.map((entry) => {
    const [locale, slug = ''] = entry.id.split('/');
    if (!isLocale(locale) || !slug) throw new Error(`Post "${entry.id}" must sit in src/content/posts/<${locales.join('|')}>/.`);
    return { locale, slug, entry };
  });
  for (const { slug } of all) {
    const missing = locales.filter((locale) => !all.some((p) => p.slug === slug && p.locale === locale));
    if (missing.length > 0) throw new Error(`Post "${slug}" has no ${missing.join(', ')} version in src/content/posts/.`);
  }
  return all;
}

/** One language's posts, newest first. */
export function postsIn(all: readonly Post[], locale: Locale): Post[] {
  return all
    .filter((p) => p.locale === locale)
    .sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.slug.localeCompare(b.slug));
}
