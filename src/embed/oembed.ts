import { chartById } from '../charts/registry';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { figureWidths } from '../charts/widths';
import { chartHeights } from './chartHeights';
import { defaultFrameHeight } from './frameHeight';
import { chartEmbedCode } from './manifestFields';
import { absoluteUrl } from '../site/urls';
import { storyPath } from './urls';

/** An oEmbed 1.0 "rich" response for one chart in one language (https://oembed.com/#section2.3). */
export function oembedResponse(chartId: string, locale: Locale) {
  const t = translator(locale);
  return {
    version: '1.0',
    type: 'rich',
    title: t(chartById(chartId).titleKey),
    provider_name: t('site.title'),
    provider_url: absoluteUrl(storyPath(locale)),
    html: chartEmbedCode(chartId, locale),
    width: figureWidths.wide,
    height: defaultFrameHeight(chartHeights(chartId, locale)),
  };
}
