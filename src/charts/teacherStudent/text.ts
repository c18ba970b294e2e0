import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatDate, formatNumber } from '../shared/format';
import { formatScore } from './layout';
import type { PreparedScore, TeacherStudentData } from './prepare';

function sourceNames(data: TeacherStudentData, ids: readonly string[]): string {
  return [...new Set(ids)].map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join('; ');
}

/** What a dot or a teacher's line shows, as a sentence: its <title> and its data-label. */
export function scoreLabel(score: PreparedScore, data: TeacherStudentData, locale: Locale, t: Translate): string {
  return t('mmlu.mark', {
    model: score.model,
    family: t(`mmlu.family.${score.family}`),
    date: formatDate(locale, score.released, 'month'),
    score: formatScore(locale, score.score),
    shots: score.shots === 0 ? t('mmlu.shots.zero') : t('mmlu.shots.few', { n: formatNumber(locale, score.shots) }),
    confidence: t(`confidence.${score.confidence}`),
    sources: sourceNames(data, score.sources),
  });
}

export function gapLabel(data: TeacherStudentData, locale: Locale, t: Translate): string {
  const { gap } = data;
  return t('mmlu.gapMark', {
    student: gap.student,
    studentScore: formatScore(locale, gap.studentScore),
    teacher: gap.teacher,
    teacherScore: formatScore(locale, gap.teacherScore),
    points: formatScore(locale, gap.points),
  });
}
