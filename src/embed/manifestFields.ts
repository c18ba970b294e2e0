import { chartById } from '../charts/registry';
import { locales, type Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { chartHeights } from './chartHeights';
import { embedCode } from './embedCode';
import { defaultFrameHeight } from './frameHeight';
import { absoluteUrl } from '../site/urls';
import { embedPath, loaderPath } from './urls';

/** The code to paste for one chart in one language, with its default height. */
export function chartEmbedCode(chartId: string, locale: Locale): string {
  return embedCode({
    src: absoluteUrl(embedPath(locale, chartId)),
    title: translator(locale)(chartById(chartId).titleKey),
    height: defaultFrameHeight(chartHeights(chartId, locale)),
    loader: absoluteUrl(loaderPath),
  });
}

const perLocale = <T>(value: (locale: Locale) => T) => Object.fromEntries(locales.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

/** What the embed work adds to each entry of /charts/index.json. */
export function embedManifestFields(chartId: string): { embed: Record<Locale, string>; code: Record<Locale, string> } {
  return {
    embed: perLocale((locale) => embedPath(locale, chartId)),
    code: perLocale((locale) => chartEmbedCode(chartId, locale)),
  };
}

/** ...and to its top level. */
export function embedManifestTop(): { embedScript: string } {
  return { embedScript: loaderPath };
}
