import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import type { BenchmarkGapData } from './prepare';
import { benchmarkGapState } from './state';

/** The chart's <desc> at a step: each benchmark's gap in 2023 and 2024. */
export function describeBenchmarkGap(data: BenchmarkGapData, step: number, locale: Locale): string {
  const t = translator(locale);
  const rows = data.rows.map((r) =>
    t('gap.row', { benchmark: r.benchmark, from: formatNumber(locale, r.from.points, 1), to: formatNumber(locale, r.to.points, 1) }),
  );
  return t(benchmarkGapState(step).desc, { rows: rows.join(locale === 'zh' ? '；' : '; '), mmlu: rows[0] ?? '' });
}
