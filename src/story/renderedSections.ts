import { getCollection, render } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { storySections } from './sections';

/** One language's sections, each with its MDX ready to render: the story and its step-by-step edition both show them. */
export async function renderedSections(locale: Locale) {
  const sections = storySections(await getCollection('story'), locale);
  return Promise.all(sections.map(async (section) => ({ ...section, Content: (await render(section.entry)).Content })));
}
