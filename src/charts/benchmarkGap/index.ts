import { translator } from '../../i18n/ui';
import { d3Chart } from '../shared/d3Chart';
import { formatNumber } from '../shared/format';
import { drawBenchmarkGap } from './draw';
import { chartHeight } from './layout';
import type { BenchmarkGapData } from './prepare';
import { benchmarkGapChartId, benchmarkGapState, benchmarkGapStepCount } from './state';

export const id = benchmarkGapChartId;
export const stepCount = benchmarkGapStepCount;

const chart = d3Chart<BenchmarkGapData>({
  id,
  stepCount,
  titleKey: 'gap.title',
  height: chartHeight,
  description: (data, step, locale) => {
    const t = translator(locale);
    const rows = data.rows.map((r) =>
      t('gap.row', { benchmark: r.benchmark, from: formatNumber(locale, r.from.points, 1), to: formatNumber(locale, r.to.points, 1) }),
    );
    return t(benchmarkGapState(step).desc, { rows: rows.join(locale === 'zh' ? '；' : '; '), mmlu: rows[0] ?? '' });
  },
  draw: drawBenchmarkGap,
});

/** The AI Index's US–China gap per benchmark, end-2023 against end-2024, as a new SVG element. */
export const benchmarkGap = chart.render;
/** Moves an SVG drawn by benchmarkGap to another step, in place. */
export const updateBenchmarkGap = chart.update;
