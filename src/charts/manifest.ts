import { locales, type Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { charts } from './registry';

export interface ChartManifestEntry {
  id: string;
  title: Record<Locale, string>;
  steps: number;
}

/** The public list of charts, in story order, that embeds and exports build on. */
export function chartManifest(): { charts: ChartManifestEntry[] } {
  return {
    charts: charts.map((chart) => ({
      id: chart.id,
      title: Object.fromEntries(locales.map((locale) => [locale, translator(locale)(chart.titleKey)])) as Record<Locale, string>,
      steps: chart.stepCount,
    })),
  };
}
