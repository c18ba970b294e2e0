import { locales, type Locale } from '../i18n/locales';
import { snippetHtml } from './placeholder';

/** What the script embed adds to each entry of /charts/index.json: the HTML to paste, per language, at step 0. */
export function snippetManifestFields(chartId: string): { snippet: Record<Locale, string> } {
  return { snippet: Object.fromEntries(locales.map((locale) => [locale, snippetHtml(chartId, locale)])) as Record<Locale, string> };
}
