import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { chartPlaces, type ChartPlace } from './chartPlaces';
import { storySections } from './sections';

/** Every chart's place in one language's story, read from the story collection. */
export async function storyPlaces(locale: Locale): Promise<Map<string, ChartPlace>> {
  return chartPlaces(storySections(await getCollection('story'), locale));
}
