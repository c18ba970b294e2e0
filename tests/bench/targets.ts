// The targets the site is held to on every page the bench measures, and which of them a run met.
import type { PageResult } from './measurePage.ts';

export interface TargetCheck {
  page: string;
  metric: string;
  target: string;
  value: string;
  met: boolean;
}

interface Target {
  metric: string;
  target: string;
  /** undefined when the page has no such measurement (an embed page is not scrolled). */
  value: (page: PageResult) => number | undefined;
  format: (value: number) => string;
  met: (value: number) => boolean;
}

const ms = (value: number) => `${Math.round(value)} ms`;

const targets: Target[] = [
  { metric: 'Lighthouse performance', target: '100', value: (p) => p.lighthouse.score, format: String, met: (v) => v >= 100 },
  { metric: 'Largest Contentful Paint', target: '≤ 1.5 s', value: (p) => p.lighthouse.lcpMs, format: ms, met: (v) => v <= 1500 },
  { metric: 'Total Blocking Time', target: '≤ 50 ms', value: (p) => p.lighthouse.tbtMs, format: ms, met: (v) => v <= 50 },
  { metric: 'Cumulative Layout Shift', target: '≤ 0.01', value: (p) => p.lighthouse.cls, format: (v) => v.toFixed(3), met: (v) => v <= 0.01 },
  // Long tasks are those over 50 ms, so the target is that no step change, in a scroll through every step, made one.
  {
    metric: 'Long tasks (> 50 ms) on a step change, 4x CPU',
    target: '0',
    value: (p) => p.scroll?.stepChangeLongTasks,
    format: String,
    met: (v) => v === 0,
  },
];

/** Every target on every page of the site (the baseline is measured, not held to them). */
export function checkTargets(pages: readonly PageResult[]): TargetCheck[] {
  return pages.flatMap((page) =>
    targets.flatMap((target) => {
      const value = target.value(page);
      if (value === undefined) return [];
      return [{ page: page.path, metric: target.metric, target: target.target, value: target.format(value), met: target.met(value) }];
    }),
  );
}
