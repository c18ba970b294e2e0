import type { SourceRef } from '../charts/shared/evidence';
import type { ThemeName } from '../charts/shared/theme';
import { languageTag, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import { licence } from '../site/licence';
import type { ExportTable } from './table';
import type { ExportTexts } from './texts';

const confidenceLevels = ['verified', 'estimate', 'claim', 'computed'] as const;

export interface MetadataRequest {
  chartId: string;
  locale: Locale;
  t: Translate;
  /** Zero-based. */
  step: number;
  stepCount: number;
  theme: ThemeName;
  inputs?: unknown;
  texts: ExportTexts;
  table: ExportTable;
  sources: readonly SourceRef[];
  /** The name of the table file this describes. */
  csvFile: string;
}

/** What a table file needs beside it to be used well: its columns and formulas, its sources, how to cite it. */
export function chartMetadata({ chartId, locale, t, step, stepCount, theme, inputs, texts, table, sources, csvFile }: MetadataRequest) {
  return {
    chart: chartId,
    title: texts.title,
    subtitle: texts.subtitle,
    language: languageTag[locale],
    step: { number: step + 1, of: stepCount },
    ...(inputs === undefined ? {} : { inputs }),
    theme,
    url: texts.url,
    file: csvFile,
    encoding: 'UTF-8 with byte-order mark',
    rows: table.rows.length,
    columns: table.columns.map(({ key, text, formula }) => ({ key, label: text, ...(formula ? { formula: t(formula) } : {}) })),
    confidence: confidenceLevels.map((key) => ({ key, label: t(`confidence.${key}`), meaning: t(`methods.confidence.${key}`) })),
    sources: sources.map(({ id, publisher, title, date, url }) => ({ id, publisher, title, date, url })),
    licence: { name: licence.name, url: licence.url, terms: t('export.licence', { licence: licence.name }) },
    citation: t('export.citation', { chart: texts.title, site: t('site.title'), url: texts.url }),
    credit: texts.credit,
  };
}
