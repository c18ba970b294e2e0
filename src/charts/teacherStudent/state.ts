import type { Family, TeacherStudentData } from './prepare';
import { clampStep } from '../shared/clampStep';

/** How strongly a family is drawn at a step: the step's subject, kept for comparison, or not yet shown. */
export type Emphasis = 'focus' | 'context' | 'faint' | 'hidden';

/** The chart's steps, in story order (03-distillation.mdx): the teachers, the open base, China's models. */
export const teacherStudentSteps = [
  { id: 'mmlu-teachers', families: { openai: 'focus', open: 'hidden', china: 'hidden' }, gap: false },
  { id: 'mmlu-llama', families: { openai: 'context', open: 'focus', china: 'hidden' }, gap: false },
  { id: 'mmlu-china', families: { openai: 'context', open: 'faint', china: 'focus' }, gap: true },
] as const satisfies readonly { id: string; families: Record<Family, Emphasis>; gap: boolean }[];

export const teacherStudentStepCount = teacherStudentSteps.length;

const opacityOf: Record<Emphasis, number> = { focus: 1, context: 0.85, faint: 0.3, hidden: 0 };

export interface TeacherStudentState {
  step: number;
  stepId: string;
  /** Opacity of every element the chart tags with data-step-key: dots, their labels, the lines and the gap. */
  opacity: Record<string, number>;
  gapVisible: boolean;
}

/** Keys by which the drawing tags its elements; the state and the drawing must agree on them. */
export const keys = {
  dot: (id: string) => `dot-${id}`,
  label: (id: string) => `label-${id}`,
  line: (id: string) => `line-${id}`,
  lineLabel: (id: string) => `line-label-${id}`,
  gap: 'gap',
  gapLabel: 'gap-label',
  randomLine: 'random-guess',
  randomLabel: 'random-guess-label',
} as const;

export function teacherStudentState(data: TeacherStudentData, requestedStep: number): TeacherStudentState {
  const step = clampStep(requestedStep, teacherStudentStepCount);
  const { id, families, gap } = teacherStudentSteps[step]!;
  const opacity: Record<string, number> = {};
  for (const score of data.scores) {
    const value = opacityOf[families[score.family]];
    opacity[keys.dot(score.id)] = value;
    opacity[keys.label(score.id)] = value;
  }
  // The teachers' lines are the yardstick in every step.
  for (const reference of data.references) {
    opacity[keys.line(reference.id)] = 1;
    opacity[keys.lineLabel(reference.id)] = 1;
  }
  // So is random guessing, the floor.
  opacity[keys.randomLine] = 1;
  opacity[keys.randomLabel] = 1;
  opacity[keys.gap] = gap ? 1 : 0;
  opacity[keys.gapLabel] = gap ? 1 : 0;
  return { step, stepId: id, opacity, gapVisible: gap };
}
