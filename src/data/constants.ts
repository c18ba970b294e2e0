// What the data layer gives the charts besides the data itself: plain values and lookups, with no file reading
// and no schema, so that a chart's prepare can be loaded in the browser (exports load whole definitions there).

/** The timeline's lanes, in order (data/events.csv's `lane` column). */
export const timelineLanes = ['rules', 'nvidia', 'models', 'firms'] as const;

/** The one threshold with this id; the rule logic names the lines it needs. */
export function thresholdValue(thresholds: readonly { id: string; value: number }[], thresholdId: string): number {
  const found = thresholds.find((threshold) => threshold.id === thresholdId);
  if (!found) throw new Error(`data/thresholds.csv: expected a row with id "${thresholdId}"`);
  return found.value;
}

/** 万卡: a cluster of ten thousand (万) cards, the scale the essay says the next models need. A definition, not a measurement. */
export const wankaGpus = 10_000;
