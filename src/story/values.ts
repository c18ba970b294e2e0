import type { Dataset } from '../data';
import type { Fact, FactUnit } from '../data/facts';
import { distillationCost } from '../derive/distillationCost';
import { perFirmAverage } from '../derive/fleets';
import { revenueInBillions } from '../derive/revenue';
import { performanceDensity, totalProcessingPerformance } from '../derive/tpp';
import { impliedUtilisation } from '../derive/impliedUtilisation';
import { trainingFlop } from '../derive/trainingCompute';
import { formatDate, formatNumber } from '../charts/shared/format';
import { charts, type ChartDefinition } from '../charts/registry';
import type { Locale } from '../i18n/locales';
import { spaceHan } from '../i18n/cjkSpacing';

/**
 * The figures the prose prints, read from data/ and derived by the same functions the charts use, so a
 * sentence and a chart cannot disagree. A key is `<kind>:<row id>`, e.g. `tpp:h100` or `fact:megascale-mfu`.
 */
const valueKinds = [
  'tpp',
  'density',
  'io',
  'fact',
  'mmlu',
  'gpus',
  'per-firm',
  'distillation-cost',
  'revenue',
  'fy-total',
  'threshold',
  'flop',
  'gap',
  'date',
  'month',
  'gpu-hours',
  'params',
  'tokens',
  'utilisation',
  'utilisation-8bit',
] as const;
type ValueKind = (typeof valueKinds)[number];

const usd = (locale: Locale, value: number, digits = 0) =>
  locale === 'zh' ? spaceHan(`${formatNumber(locale, value, digits)}美元`) : `$${formatNumber(locale, value, digits)}`;
const percent = (locale: Locale, value: number) => `${formatNumber(locale, value, 2)}%`;

function usdBillions(locale: Locale, value: number): string {
  return locale === 'zh' ? spaceHan(`${formatNumber(locale, value * 10, 1)}亿美元`) : `$${formatNumber(locale, value, 2)} bn`;
}

/** A large count in words, as the prose writes sizes: 37 billion / 370 亿, 14.8 trillion / 14.8 万亿, 2.788 million / 278.8 万. */
function inWords(locale: Locale, value: number): string {
  if (locale === 'zh') {
    const [unit, size] = value >= 1e12 ? ['万亿', 1e12] : value >= 1e8 ? ['亿', 1e8] : ['万', 1e4];
    return spaceHan(`${formatNumber('en', value / size, 4)}${unit}`);
  }
  const [unit, size] = value >= 1e12 ? ['trillion', 1e12] : value >= 1e9 ? ['billion', 1e9] : ['million', 1e6];
  return `${formatNumber(locale, value / size, 4)} ${unit}`;
}

/** A power of ten as the prose prints it: 2.1×10²⁵; `digits` rounds a computed figure to that many decimals. */
function powerOfTen(value: number, digits?: number): string {
  return (digits === undefined ? value.toExponential() : value.toExponential(digits)).replace(
    /e\+?(-?\d+)$/,
    (_, exp: string) => `×10${[...exp].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹⁻'[d === '-' ? 10 : Number(d)]).join('')}`,
  );
}

function range(low: string, high: string | undefined): string {
  return high === undefined ? low : `${low}–${high}`;
}

/** A fact as the prose writes it: "265.88 bn yuan" / "2,658.84 亿元", "20–25%", "under $500" / "不到 500 美元". */
export function formatFact(locale: Locale, fact: Pick<Fact, 'value' | 'value_high' | 'unit'>): string {
  const { value, value_high: high, unit } = fact;
  const plain = (v: number) => formatNumber(locale, v, 4);
  const byUnit: Record<FactUnit, () => string> = {
    count: () => range(plain(value), high === undefined ? undefined : plain(high)),
    count_above: () => (locale === 'zh' ? spaceHan(`${plain(value)}多`) : `more than ${plain(value)}`),
    percent: () => (high === undefined ? percent(locale, value) : `${formatNumber(locale, value, 2)}–${percent(locale, high)}`),
    percent_above: () => (locale === 'zh' ? `${formatNumber(locale, value)}% 以上` : `more than ${formatNumber(locale, value)}%`),
    usd: () => usd(locale, value, 4),
    usd_below: () => (locale === 'zh' ? `不到 ${usd(locale, value)}` : `under ${usd(locale, value)}`),
    usd_per_1k_tokens: () => usd(locale, value, 4),
    usd_bn: () => usdBillions(locale, value),
    usd_bn_at_least: () => (locale === 'zh' ? `至少 ${usdBillions(locale, value)}` : `at least ${usdBillions(locale, value)}`),
    // Chinese counts money in 亿 (10⁸), English in billions (10⁹).
    cny_bn: () => (locale === 'zh' ? spaceHan(`${formatNumber(locale, value * 10, 2)}亿元`) : `${formatNumber(locale, value, 2)} bn yuan`),
  };
  return byUnit[unit]();
}

/** Where a value was asked for, so an unknown key names the file and line. */
class UnknownValueError extends Error {}

function find<T extends { id: string }>(rows: readonly T[], id: string, file: string, key: string, from: string): T {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new UnknownValueError(`<Value of="${key}"> in ${from}: no row "${id}" in data/${file}`);
  return row;
}

/** The text of one figure in the reader's language; throws, naming the key and where it was asked for, if unknown. */
export function storyValue(data: Dataset, key: string, locale: Locale, from = 'the story'): string {
  const [kind, id = ''] = key.split(':') as [string, string | undefined];
  const chip = () => find(data.chips, id, 'chips.csv', key, from);
  switch (kind as ValueKind) {
    case 'tpp':
      return formatNumber(locale, Math.round(totalProcessingPerformance(chip())));
    case 'density': {
      const c = chip();
      const density = performanceDensity(totalProcessingPerformance(c), c.die_mm2);
      if (density === undefined) throw new UnknownValueError(`<Value of="${key}"> in ${from}: chip "${id}" has no die area in data/chips.csv`);
      return formatNumber(locale, density, 2);
    }
    case 'io': {
      const gbps = chip().interconnect_gbps;
      if (gbps === undefined) throw new UnknownValueError(`<Value of="${key}"> in ${from}: chip "${id}" has no interconnect_gbps in data/chips.csv`);
      return formatNumber(locale, gbps);
    }
    case 'fact':
      return formatFact(locale, find(data.facts, id, 'facts.csv', key, from));
    case 'mmlu': {
      // Scores keep the decimal their source prints: 70.0, not 70.
      const score = find(data.mmlu, id, 'mmlu.csv', key, from).score;
      return Number.isInteger(score) ? `${formatNumber(locale, score)}.0` : formatNumber(locale, score, 2);
    }
    case 'gpus': {
      const fleet = find(data.gpuFleets, id, 'gpu-fleets.csv', key, from);
      return range(formatNumber(locale, fleet.gpus_low), fleet.gpus_high === fleet.gpus_low ? undefined : formatNumber(locale, fleet.gpus_high));
    }
    case 'per-firm': {
      const fleet = find(data.gpuFleets, id, 'gpu-fleets.csv', key, from);
      if (fleet.firms === undefined)
        throw new UnknownValueError(`<Value of="${key}"> in ${from}: row "${id}" of data/gpu-fleets.csv counts no firms`);
      return formatNumber(locale, perFirmAverage(fleet.gpus_high, fleet.firms));
    }
    case 'distillation-cost':
      return usd(locale, distillationCost(find(data.facts, id, 'facts.csv', key, from).value));
    case 'revenue': {
      const row = find(data.nvidiaRevenue, id, 'nvidia-revenue.csv', key, from);
      return usdBillions(locale, revenueInBillions(row.value, row.unit));
    }
    case 'fy-total': {
      // "gaming-2021": the segment's four quarters of that fiscal year, summed as the chart sums them.
      const match = /^(data-center|gaming)-(\d{4})$/.exec(id);
      const quarters = match ? data.nvidiaRevenue.filter((r) => r.segment === match[1] && r.fiscal_quarter.startsWith(`FY${match[2]} `)) : [];
      if (quarters.length !== 4)
        throw new UnknownValueError(
          `<Value of="${key}"> in ${from}: expected four quarters for "${id}" in data/nvidia-revenue.csv, found ${quarters.length}`,
        );
      const total = quarters.reduce((sum, r) => sum + revenueInBillions(r.value, r.unit), 0);
      return locale === 'zh' ? spaceHan(`${formatNumber(locale, total * 10, 0)}亿美元`) : `$${formatNumber(locale, total, 1)} bn`;
    }
    case 'threshold':
      return formatNumber(locale, find(data.thresholds, id, 'thresholds.csv', key, from).value, 2);
    case 'flop': {
      // A stored figure prints as its source gives it; one computed as 6 × parameters × tokens, to two digits.
      const model = find(data.modelCompute, id, 'model-compute.csv', key, from);
      if (model.training_flop !== undefined) return powerOfTen(model.training_flop);
      if (model.params === undefined || model.tokens === undefined)
        throw new UnknownValueError(
          `<Value of="${key}"> in ${from}: row "${id}" of data/model-compute.csv has no training_flop, nor params and tokens`,
        );
      return powerOfTen(trainingFlop(model), 1);
    }
    case 'params':
    case 'tokens': {
      const model = find(data.modelCompute, id, 'model-compute.csv', key, from);
      const count = kind === 'params' ? model.params : model.tokens;
      if (count === undefined) throw new UnknownValueError(`<Value of="${key}"> in ${from}: row "${id}" of data/model-compute.csv has no ${kind}`);
      return inWords(locale, count);
    }
    case 'gap':
      // The AI Index prints its gaps to a tenth of a point.
      return formatNumber(locale, find(data.benchmarkGaps, id, 'benchmark-gaps.csv', key, from).gap_points, 1);
    case 'date':
    case 'month': {
      // An event at the precision its row gives (or its month); a GPU-count row only to the month, as its notes say.
      const event = data.events.find((e) => e.id === id);
      const fleet = data.gpuFleets.find((f) => f.id === id);
      if (event && fleet) throw new UnknownValueError(`<Value of="${key}"> in ${from}: "${id}" is a row of both events.csv and gpu-fleets.csv`);
      if (event) return formatDate(locale, event.date, kind === 'month' && event.precision === 'day' ? 'month' : event.precision);
      if (fleet && kind === 'month') return formatDate(locale, fleet.date, 'month');
      throw new UnknownValueError(
        `<Value of="${key}"> in ${from}: no row "${id}" in data/events.csv${kind === 'month' ? ' or data/gpu-fleets.csv' : ' (rows of gpu-fleets.csv take month:)'}`,
      );
    }
    case 'gpu-hours': {
      const run = find(data.trainingRuns, id, 'training-runs.csv', key, from);
      if (run.gpu_hours === undefined)
        throw new UnknownValueError(`<Value of="${key}"> in ${from}: run "${id}" of data/training-runs.csv reports no GPU-hours`);
      return inWords(locale, run.gpu_hours);
    }
    case 'utilisation':
    case 'utilisation-8bit': {
      // What the reported GPU-hours imply, against the chip's dense 16-bit peak or its 8-bit one (FP8).
      const run = find(data.trainingRuns, id, 'training-runs.csv', key, from);
      const model = find(data.modelCompute, run.model, 'model-compute.csv', key, from);
      const runChip = find(data.chips, run.chip, 'chips.csv', key, from);
      const peakTflops = kind === 'utilisation' ? runChip.peak_16bit_tflops : runChip.peak_8bit_tops;
      if (run.gpu_hours === undefined || peakTflops === undefined)
        throw new UnknownValueError(`<Value of="${key}"> in ${from}: run "${id}" needs GPU-hours and the chip's peak to imply a utilisation`);
      const share = impliedUtilisation({ computeFlop: trainingFlop(model), gpuHours: run.gpu_hours, peakTflops });
      return `${formatNumber(locale, Math.round(share * 100))}%`;
    }
    default:
      return chartValue(data, kind, id, locale, key, from);
  }
}

/** A chart's prepared data, worked out once per dataset for all the values it gives. */
const preparedByChart = new WeakMap<Dataset, Map<string, unknown>>();

function prepared(data: Dataset, chart: ChartDefinition): unknown {
  let byChart = preparedByChart.get(data);
  if (!byChart) preparedByChart.set(data, (byChart = new Map()));
  if (!byChart.has(chart.id)) byChart.set(chart.id, chart.prepare(data));
  return byChart.get(chart.id);
}

/** A figure that a chart gives the prose (its definition's `values`): the same inputs and arithmetic it draws. */
function chartValue(data: Dataset, kind: string, id: string, locale: Locale, key: string, from: string): string {
  const chart = charts.find((c) => kind in c.values);
  if (!chart) {
    const kinds = [...valueKinds, ...charts.flatMap((c) => Object.keys(c.values))];
    throw new UnknownValueError(`<Value of="${key}"> in ${from}: "${kind}" is not a kind of value (${kinds.join(', ')})`);
  }
  try {
    return chart.values[kind]!(prepared(data, chart), id, locale);
  } catch (error) {
    throw new UnknownValueError(`<Value of="${key}"> in ${from}: ${(error as Error).message}`);
  }
}
