import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import type { MmluScore } from '../../data/mmlu';
import { sourcesUsed, type SourceRef } from '../shared/evidence';

export type Family = MmluScore['family'];

export interface PreparedScore {
  id: string;
  model: string;
  family: Family;
  /** ISO date; plotted on a UTC time scale. */
  released: string;
  score: number;
  shots: number;
  confidence: Confidence;
  sources: string[];
}

/** How far the best student stands below the best teacher, in MMLU points. */
export interface TeacherGap {
  teacherId: string;
  teacher: string;
  teacherScore: number;
  studentId: string;
  student: string;
  studentScore: number;
  studentReleased: string;
  points: number;
}

/** What the chart needs, derived once at build time and shipped to the browser as JSON. */
export interface TeacherStudentData {
  scores: PreparedScore[];
  /** The teachers' scores, drawn as reference lines across the year. */
  references: PreparedScore[];
  gap: TeacherGap;
  sources: SourceRef[];
}

const best = (scores: readonly PreparedScore[]): PreparedScore | undefined =>
  scores.reduce<PreparedScore | undefined>((top, s) => (top === undefined || s.score > top.score ? s : top), undefined);

/** The gap from the best Chinese model to the best teacher; rounded to a tenth, since the scores carry one decimal. */
export function gapToTeacher(scores: readonly PreparedScore[]): TeacherGap {
  const teacher = best(scores.filter((s) => s.family === 'openai'));
  const student = best(scores.filter((s) => s.family === 'china'));
  if (!teacher || !student) throw new Error('mmlu-scores needs at least one OpenAI model and one Chinese model in mmlu.csv');
  return {
    teacherId: teacher.id,
    teacher: teacher.model,
    teacherScore: teacher.score,
    studentId: student.id,
    student: student.model,
    studentScore: student.score,
    studentReleased: student.released,
    points: Math.round((teacher.score - student.score) * 10) / 10,
  };
}

export function prepareTeacherStudent({ mmlu, sources }: Pick<Dataset, 'mmlu' | 'sources'>): TeacherStudentData {
  const scores = mmlu
    .map((row): PreparedScore => ({
      id: row.id,
      model: row.model,
      family: row.family,
      released: row.released,
      score: row.score,
      shots: row.shots,
      confidence: row.confidence,
      sources: row.source,
    }))
    .sort((a, b) => a.released.localeCompare(b.released) || b.score - a.score);
  return {
    scores,
    references: scores.filter((s) => s.family === 'openai').sort((a, b) => b.score - a.score),
    gap: gapToTeacher(scores),
    sources: sourcesUsed(
      sources,
      scores.flatMap((s) => s.sources),
    ),
  };
}
