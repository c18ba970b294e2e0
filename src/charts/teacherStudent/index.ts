import type { ChartOptions } from '../types';
import { describeTeacherStudent } from './describe';
import { drawTeacherStudent } from './draw';
import type { TeacherStudentData } from './prepare';
import { clampStep, teacherStudentState, teacherStudentStepCount } from './state';
import { applyState } from './update';

export { chartHeight } from './layout';
export const id = 'mmlu-scores';
export const stepCount = teacherStudentStepCount;

/** The chart at one step as a new SVG element: the same function at build time, in exports and in the browser. */
export function teacherStudent(data: TeacherStudentData, options: ChartOptions): SVGSVGElement {
  const { width, locale, theme = 'light', document, idPrefix = id } = options;
  const step = clampStep(options.step, stepCount);
  const svg = drawTeacherStudent(data, { document, width, locale, theme, idPrefix, description: describeTeacherStudent(data, step, locale) });
  applyState(svg, teacherStudentState(data, step), 0);
  return svg;
}

export { updateTeacherStudent } from './update';
