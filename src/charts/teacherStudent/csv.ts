import type { TeacherStudentData } from './prepare';
import { describeExport } from '../csv';

/** One row per model's score. */
export const teacherStudentExport = describeExport<TeacherStudentData>({
  columns: [
    { key: 'model', label: 'mmlu.column.model' },
    { key: 'family', label: 'mmlu.column.family' },
    { key: 'released', label: 'mmlu.column.released' },
    { key: 'mmlu_score', label: 'mmlu.column.score' },
    { key: 'shots', label: 'export.column.shots' },
  ],
  rows: (data, { t }) =>
    data.scores.map((score) => ({
      id: score.id,
      cells: { model: score.model, family: t(`mmlu.family.${score.family}`), released: score.released, mmlu_score: score.score, shots: score.shots },
      confidence: score.confidence,
      sources: score.sources,
    })),
});
