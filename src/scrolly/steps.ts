/** Pure step arithmetic for the step buttons and #step links, testable without a browser. */

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
