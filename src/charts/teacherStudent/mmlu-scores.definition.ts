import { defineChart } from '../definition';
import { teacherStudentExport } from './csv';
import { drawTeacherStudent } from './draw';
import { chartHeight } from './layout';
import { prepareTeacherStudent } from './prepare';
import { teacherStudentStepCount } from './state';
import { teacherStudentTable } from './table';
import { teacherStudentDrawing } from './update';

/** MMLU scores of teacher and student models. */
export const teacherStudentDefinition = defineChart({
  id: 'mmlu-scores',
  stepCount: teacherStudentStepCount,
  titleKey: 'mmlu.title',
  subtitleKey: 'mmlu.subtitle',
  sourceKey: 'mmlu.source',
  height: chartHeight,
  prepare: prepareTeacherStudent,
  plot: drawTeacherStudent,
  drawing: teacherStudentDrawing,
  table: teacherStudentTable,
  csv: teacherStudentExport,
});
