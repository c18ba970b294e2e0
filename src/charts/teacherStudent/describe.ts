import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatDate } from '../shared/format';
import { formatScore } from './layout';
import type { TeacherStudentData } from './prepare';
import { clampStep } from '../shared/clampStep';
import { teacherStudentStepCount } from './state';
import { listFormat } from '../shared/intl';

/** The screen-reader description of a step, with every number it states taken from the data. */
export function describeTeacherStudent(data: TeacherStudentData, requestedStep: number, locale: Locale): string {
  const step = clampStep(requestedStep, teacherStudentStepCount);
  const t = translator(locale);
  const score = (id: string) => {
    const row = data.scores.find((s) => s.id === id);
    if (!row) throw new Error(`mmlu-scores: mmlu.csv has no row "${id}"`);
    return formatScore(locale, row.score);
  };
  const list = (items: string[]) => listFormat(locale, { type: 'conjunction' }).format(items);
  const china = data.scores.filter((s) => s.family === 'china');
  const values = {
    gpt35: score('gpt-3-5'),
    gpt4: score('gpt-4'),
    llama65: score('llama-65b'),
    llama70: score('llama-2-70b'),
    models: list(china.map((s) => `${s.model} ${formatScore(locale, s.score)} (${formatDate(locale, s.released, 'month')})`)),
    zeroShot: list(data.scores.filter((s) => s.shots === 0).map((s) => s.model)),
    student: data.gap.student,
    studentScore: formatScore(locale, data.gap.studentScore),
    teacher: data.gap.teacher,
    teacherScore: formatScore(locale, data.gap.teacherScore),
    points: formatScore(locale, data.gap.points),
  };
  const key = (['mmlu.desc.0', 'mmlu.desc.1', 'mmlu.desc.2'] as const)[step]!;
  return `${t(key, values)} ${t('mmlu.note')}`;
}
