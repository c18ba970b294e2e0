import type { ChartDefinition } from '../charts/registry';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { licence } from '../site/licence';

/** The words an exported chart carries around its drawing, all in one language. */
export interface ExportTexts {
  title: string;
  subtitle: string;
  /** The source line, with its "Source:" label. */
  source: string;
  credit: string;
  /** Where the chart lives in the story. */
  url: string;
}

/** The story page in one language, opened at the chart's caption. */
export function storyUrl(site: string | URL, base: string, locale: Locale, chartId: string): string {
  const path = `${base.replace(/\/$/, '')}/${locale}/`;
  return new URL(`${path}#${chartId}-caption`, site).href;
}

export function exportTexts(
  chart: Pick<ChartDefinition<unknown>, 'id' | 'titleKey' | 'subtitleKey' | 'sourceKey'>,
  locale: Locale,
  url: string,
): ExportTexts {
  const t = translator(locale);
  return {
    title: t(chart.titleKey),
    subtitle: t(chart.subtitleKey),
    source: t('export.source', { source: t(chart.sourceKey) }),
    credit: t('export.credit', { site: t('site.title'), licence: licence.name }),
    url,
  };
}
