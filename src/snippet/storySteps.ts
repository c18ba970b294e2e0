import type { Locale } from '../i18n/locales';
import type { ChartPlace } from '../story/chartPlaces';

/** The story's address for a chart at a step: its step's anchor, which opens the chart there. */
export function storyStepPath(chartId: string, locale: Locale, place: ChartPlace | undefined, step: number): string {
  const id = place?.stepIds[step];
  if (!id) throw new Error(`The ${locale} story has no step ${step} for the chart "${chartId}".`);
  return `${locale}/#${id}`;
}
