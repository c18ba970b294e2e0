import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import type { DataTable, TableCell } from '../types';
import { modelName, scenarioText } from './describe';
import { formatDuration, formatFlop } from './format';
import type { TrainingDaysData } from './prepare';
import { trainingDaysPresets, trainingDaysState } from './state';
import type { Confidence } from '../../data/fields';

/** The calculator's inputs, the essay's GPU count and the story's runs: every figure the chart can show. */
export function trainingDaysTable(data: TrainingDaysData, locale: Locale): DataTable {
  const t = translator(locale);
  const links = (ids: readonly string[]): TableCell => ({
    text: '',
    links: [...new Set(ids)].map((id) => {
      const source = data.sources.find((s) => s.id === id);
      return { text: source?.publisher ?? id, href: source?.url ?? '#' };
    }),
  });
  const row = (figure: string, value: string, confidence: Confidence, sources: readonly string[]): TableCell[] => [
    { text: figure },
    { text: value, numeric: true },
    { text: t(`confidence.${confidence}`) },
    links(sources),
  ];
  // The last step starts from the one before it, so the story's runs are all the steps but the last.
  const runs = trainingDaysPresets.slice(0, -1).map((_, step) => trainingDaysState(data, step));

  return {
    columns: [t('days.column.figure'), t('days.column.value'), t('figure.confidence'), t('figure.sources')],
    rows: [
      ...data.models.map((m) =>
        row(
          t('days.row.compute', { model: modelName(m, locale) }),
          t('days.unit.flop', { value: formatFlop(locale, m.computeFlop) }),
          m.confidence,
          m.sources,
        ),
      ),
      ...data.chips.map((c) =>
        row(t('days.row.peak', { chip: c.name }), t('days.unit.tflops', { value: formatNumber(locale, c.peakTflops, 1) }), c.confidence, c.sources),
      ),
      row(
        t('days.row.essay'),
        t('days.unit.gpus', { value: `${formatNumber(locale, data.essayGpus.low)}–${formatNumber(locale, data.essayGpus.gpus)}` }),
        data.essayGpus.confidence,
        data.essayGpus.sources,
      ),
      ...runs.map((s) =>
        row(scenarioText(data, s, locale, t), formatDuration(locale, t, s.days), s.uncertain ? 'estimate' : 'computed', [
          ...s.model.sources,
          ...s.chip.sources,
        ]),
      ),
    ],
  };
}
