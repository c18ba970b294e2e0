import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import type { ChartPlace } from '../../story/chartPlaces';
import { storyPlaces } from '../../story/storyPlaces';
import { chartManifest } from './_chartManifest';

/** /charts/index.json: every chart with its titles, step count, embed code, files and snippets. */
export const GET: APIRoute = async () => {
  const places = Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, await storyPlaces(locale)] as const))) as Record<
    Locale,
    Map<string, ChartPlace>
  >;
  return new Response(JSON.stringify(chartManifest(places), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
