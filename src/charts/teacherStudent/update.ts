import { opacityDrawing } from '../shared/stepOpacities';
import { describeTeacherStudent } from './describe';
import { teacherStudentState } from './state';

/** The MMLU chart's moving parts: only opacities and the description change between steps. */
export const teacherStudentDrawing = opacityDrawing(describeTeacherStudent, teacherStudentState);
