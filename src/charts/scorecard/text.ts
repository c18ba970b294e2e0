import type { Locale } from '../../i18n/locales';
import { translator, type Translate } from '../../i18n/ui';
import type { ScorecardData, PreparedPoint } from './prepare';
import { scorecardSteps } from './state';

export const pointText = (point: PreparedPoint, locale: Locale) => (locale === 'zh' ? point.point_zh : point.point_en);
export const evidenceText = (point: PreparedPoint, locale: Locale) => (locale === 'zh' ? point.evidence_zh : point.evidence_en);
export const verdictText = (point: PreparedPoint, t: Translate) => t(`score.verdict.${point.verdict}`);
/** The verdict's reason, where the row gives one; empty otherwise. */
export const reasonText = (point: PreparedPoint, locale: Locale) => (locale === 'zh' ? point.reason_zh : point.reason_en) ?? '';

/** A full sentence for the mark inspector and the <title>. */
export function pointDescription(point: PreparedPoint, data: ScorecardData, locale: Locale, t: Translate): string {
  const reason = reasonText(point, locale);
  return t('score.mark', {
    point: pointText(point, locale),
    verdict: reason ? t('score.verdictWithReason', { verdict: verdictText(point, t), reason }) : verdictText(point, t),
    evidence: evidenceText(point, locale),
    confidence: t(`confidence.${point.confidence}`),
    sources: point.sources.map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join('; '),
  });
}

/** Every point with its verdict, for the chart's <desc>. */
function verdictList(data: ScorecardData, locale: Locale, t: Translate, ids?: readonly string[]): string {
  return data.points
    .filter((p) => !ids || ids.includes(p.id))
    .map((p) => t('score.row', { point: pointText(p, locale), verdict: verdictText(p, t) }))
    .join(locale === 'zh' ? '；' : '; ');
}

/** The chart's <desc> at a step: every point with its verdict, the step's stressed. */
export function scorecardDescription(data: ScorecardData, step: number, locale: Locale): string {
  const t = translator(locale);
  return t('score.desc', { rows: verdictList(data, locale, t, scorecardSteps[step]!.emphasis) });
}
