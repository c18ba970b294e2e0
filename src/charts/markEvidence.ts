import type { Locale } from '../i18n/locales';
import type { ChartDefinition } from './definition';
import { serverDocument } from './renderToString';
import { readMarkEvidence, type StepMarkEvidence } from './shared/markEvidence';
import { figureWidths } from './widths';

/**
 * Every step's marks' words and evidence for a chart in one language, as its wide drawing writes them: what a page's
 * figure carries in its payload, fetched (/charts/<chart>/marks.<lang>.json) or inline, instead of in its drawings.
 */
export function chartMarkEvidence(chart: ChartDefinition, data: unknown, locale: Locale): StepMarkEvidence[] {
  const document = serverDocument();
  return Array.from({ length: chart.stepCount }, (_, step) =>
    readMarkEvidence(chart.render(data, { width: figureWidths.wide, locale, step, document, idPrefix: `${chart.id}-evidence` })),
  );
}
