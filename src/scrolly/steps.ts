/** Pure step arithmetic for the scroll controller, testable without a browser. */

/** The step a `#hash` points at, or undefined when it names none of these steps. */
export function stepFromHash(hash: string, stepIds: readonly string[]): number | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const index = stepIds.indexOf(id);
  return index === -1 ? undefined : index;
}

/** Moving by delta from current, kept inside the sequence. */
export function offsetStep(current: number, delta: number, count: number): number {
  return Math.min(count - 1, Math.max(0, current + delta));
}

/** "Step {n} of {total}" filled in, counting from one as readers do. */
export function stepStatus(template: string, index: number, count: number): string {
  return template.replace('{n}', String(index + 1)).replace('{total}', String(count));
}

/**
 * The step being read, from where the steps are (px from the viewport's top): the last one whose top has come above
 * the trigger line or whose card is whole on screen. Before the first step gets there the chart is at its first step,
 * and once the reader is past them all, at its last. Positions, not line crossings, so a fling that carries a step
 * across the line between two frames, or a jump to the top, still lands on the right step.
 */
export function stepBeingRead(steps: readonly { top: number; bottom: number }[], line: number, viewportHeight: number): number {
  let active = 0;
  steps.forEach(({ top, bottom }, index) => {
    if (top <= line || (top >= 0 && bottom <= viewportHeight)) active = index;
  });
  return active;
}
