import type { Locale } from '../../i18n/locales';
import { translator, type Translate, type UiKey } from '../../i18n/ui';
import { formatCompact, formatNumber } from '../shared/format';
import { formatDuration, formatFlop, formatPercent } from './format';
import type { CalculatorModel, TrainingDaysData } from './prepare';
import { wankaGpus } from '../../data/constants';
import { gpuRange, lastStep, trainingDaysState, type TrainingDaysInputs, type TrainingDaysState } from './state';

// Every sentence the chart, its <desc> and the reader's controls say about a state, from one place.

export const modelName = (model: Pick<CalculatorModel, 'nameEn' | 'nameZh'>, locale: Locale) => (locale === 'zh' ? model.nameZh : model.nameEn);

/** The values every template may use; a template takes the ones it names. */
function stateValues(data: TrainingDaysData, state: TrainingDaysState, locale: Locale, t: Translate): Record<string, string> {
  return {
    model: modelName(state.model, locale),
    chip: state.chip.name,
    gpus: formatNumber(locale, state.inputs.gpus),
    utilisation: formatPercent(locale, state.inputs.utilisation),
    flop: formatFlop(locale, state.model.computeFlop),
    peak: formatNumber(locale, state.chip.peakTflops, 1),
    days: formatDuration(locale, t, state.days),
    gpuMin: formatNumber(locale, gpuRange[0]),
    gpuMax: formatNumber(locale, gpuRange[1]),
    essayGpus: formatNumber(locale, data.essayGpus.gpus),
    wanka: formatNumber(locale, wankaGpus),
  };
}

export function scenarioText(data: TrainingDaysData, state: TrainingDaysState, locale: Locale, t: Translate): string {
  return t('days.scenario', stateValues(data, state, locale, t));
}

export function computeText(state: TrainingDaysState, locale: Locale, t: Translate): string {
  const { model } = state;
  const flop = formatFlop(locale, model.computeFlop);
  if (model.params === undefined || model.tokens === undefined) return t('days.compute', { flop });
  return t('days.compute.derived', { flop, params: formatCompact(locale, model.params), tokens: formatCompact(locale, model.tokens) });
}

/** Says which input is an estimate and that the line is dashed for it; empty when all are firm. */
export function uncertaintyNote(state: TrainingDaysState, locale: Locale, t: Translate): string {
  const values = { model: modelName(state.model, locale), chip: state.chip.name };
  if (state.uncertainModel && state.uncertainChip) return t('days.note.both', values);
  if (state.uncertainModel) return t('days.note.model', values);
  if (state.uncertainChip) return t('days.note.chip', values);
  return '';
}

/** The chart's <desc> at a state: the step's sentence with its numbers, and the caveat when there is one. */
export function describeState(data: TrainingDaysData, state: TrainingDaysState, locale: Locale): string {
  const t = translator(locale);
  const sentence = t(`days.desc.${state.step}` as UiKey, stateValues(data, state, locale, t));
  const note = uncertaintyNote(state, locale, t);
  return note ? `${sentence}${locale === 'zh' ? '' : ' '}${note}` : sentence;
}

export function sourceNames(data: TrainingDaysData, ids: readonly string[]): string {
  return [...new Set(ids)].map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join('; ');
}

/** The current run as a full sentence, for the point's <title> and the mark inspector. */
export function pointLabel(data: TrainingDaysData, state: TrainingDaysState, locale: Locale, t: Translate): string {
  const values = stateValues(data, state, locale, t);
  return t('days.point.mark', {
    ...values,
    scenario: t('days.scenario', values),
    confidence: t(state.uncertain ? 'confidence.estimate' : 'confidence.computed'),
    sources: sourceNames(data, [...state.model.sources, ...state.chip.sources]),
  });
}

export function curveLabel(data: TrainingDaysData, state: TrainingDaysState, locale: Locale, t: Translate): string {
  const [first, last] = [state.curve[0]!, state.curve[state.curve.length - 1]!];
  return t('days.curve.mark', {
    ...stateValues(data, state, locale, t),
    high: formatDuration(locale, t, first.days),
    low: formatDuration(locale, t, last.days),
  });
}

/** A GPU count as the slider announces it: "10,000 GPUs" / "10,000张". */
export function gpuCountText(locale: Locale, gpus: number): string {
  return translator(locale)('days.unit.gpus', { value: formatNumber(locale, gpus) });
}

/** What the controls' live region says after the reader changes an input. */
export function describeInputs(data: TrainingDaysData, locale: Locale, inputs: Partial<TrainingDaysInputs>): string {
  const t = translator(locale);
  const state = trainingDaysState(data, lastStep, inputs);
  const values = stateValues(data, state, locale, t);
  return t('days.controls.output', { ...values, scenario: t('days.scenario', values) });
}
