import { defineChart } from '../definition';
import { teacherStudentExport } from './csv';
import { chartHeight, id, stepCount, teacherStudent, updateTeacherStudent } from './index';
import { prepareTeacherStudent } from './prepare';
import { teacherStudentTable } from './table';

/** MMLU scores of teacher and student models. */
export const teacherStudentDefinition = defineChart({
  id,
  stepCount,
  titleKey: 'mmlu.title',
  subtitleKey: 'mmlu.subtitle',
  sourceKey: 'mmlu.source',
  height: (width) => chartHeight(width),
  prepare: prepareTeacherStudent,
  render: teacherStudent,
  update: updateTeacherStudent,
  table: teacherStudentTable,
  csv: teacherStudentExport,
});
