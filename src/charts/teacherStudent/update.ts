import { select } from 'd3-selection';
import { fade } from '../shared/fade';
import { palettes, type ThemeName } from '../shared/theme';
import type { ChartOptions } from '../types';
import { describeTeacherStudent } from './describe';
import type { TeacherStudentData } from './prepare';
import { clampStep, teacherStudentState, teacherStudentStepCount, type TeacherStudentState } from './state';

// Apart from index.ts so that the browser's step updates load without Observable Plot.

/** Sets each element tagged with data-step-key (our own attribute: data-key belongs to shared joins) to the step's opacity; hidden marks also stop answering the pointer. */
export function applyState(svg: SVGSVGElement, state: TeacherStudentState, duration: number, theme: ThemeName): void {
  const elements = select(svg).attr('data-step', state.step).selectAll<SVGElement, unknown>('[data-step-key]');
  const opacity = (node: SVGElement | undefined) => state.opacity[node?.getAttribute('data-step-key') ?? ''] ?? 1;
  elements.attr('pointer-events', (_, i, nodes) => (opacity(nodes[i]) === 0 ? 'none' : null));
  fade(elements, (el) => opacity(el), duration, palettes[theme]);
}

/** Moves an SVG drawn by teacherStudent to another step, in place: only opacities and the description change. */
export function updateTeacherStudent(
  svg: SVGSVGElement,
  data: TeacherStudentData,
  options: Omit<ChartOptions, 'document'> & { duration: number },
): void {
  const step = clampStep(options.step, teacherStudentStepCount);
  const desc = svg.querySelector('desc');
  if (desc) desc.textContent = describeTeacherStudent(data, step, options.locale);
  applyState(svg, teacherStudentState(data, step), options.duration, options.theme ?? 'light');
}
