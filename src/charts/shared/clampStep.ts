/** Steps outside the range are clamped, so a stale link or a bad ?step= still shows a real state. */
export function clampStep(step: number, count: number): number {
  return Math.min(count - 1, Math.max(0, Math.trunc(Number.isFinite(step) ? step : 0)));
}
