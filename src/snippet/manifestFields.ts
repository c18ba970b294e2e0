import { locales, type Locale } from '../i18n/locales';
import type { ChartPlace } from '../story/chartPlaces';
import { snippetHtml } from './placeholder';

/** What the script embed adds to each entry of /charts/index.json: the HTML to paste, per language, at step 0. */
export function snippetManifestFields(chartId: string, places: Record<Locale, Map<string, ChartPlace>>): { snippet: Record<Locale, string> } {
  return {
    snippet: Object.fromEntries(locales.map((locale) => [locale, snippetHtml(chartId, locale, places[locale].get(chartId))])) as Record<
      Locale,
      string
    >,
  };
}
