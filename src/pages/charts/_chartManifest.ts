import { charts } from '../../charts/registry';
import { embedManifestFields, embedManifestTop } from '../../embed/manifestFields';
import { exportManifestFields } from '../../export/manifestFields';
import { locales, type Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { snippetManifestFields } from '../../snippet/manifestFields';
import type { ChartPlace } from '../../story/chartPlaces';

export interface ChartManifestEntry {
  id: string;
  title: Record<Locale, string>;
  steps: number;
  [field: string]: unknown;
}

/**
 * The public list of charts, in story order, that embeds and exports build on: each consumer adds its own fields.
 * It is made here, beside the page that serves it, the one place that may read every consumer.
 */
export function chartManifest(places: Record<Locale, Map<string, ChartPlace>>): { charts: ChartManifestEntry[]; [field: string]: unknown } {
  return {
    charts: charts.map((chart) => ({
      id: chart.id,
      title: Object.fromEntries(locales.map((locale) => [locale, translator(locale)(chart.titleKey)])) as Record<Locale, string>,
      steps: chart.stepCount,
      ...embedManifestFields(chart.id),
      ...exportManifestFields(chart.id),
      ...snippetManifestFields(chart.id, places),
    })),
    ...embedManifestTop(),
  };
}
