import type { Locale } from '../i18n/locales';
import { storyStepIds } from '../story/stepIds';

export { scrollyStepIds } from '../story/stepIds';

/** The story's address for a chart at a step: its step's anchor, which opens the chart there. */
export function storyStepPath(chartId: string, locale: Locale, step: number): string {
  const id = storyStepIds(locale).get(chartId)?.[step];
  if (!id) throw new Error(`The ${locale} story has no step ${step} for the chart "${chartId}".`);
  return `${locale}/#${id}`;
}
