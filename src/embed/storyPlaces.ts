import { scrollyStepIds } from '../story/stepIds';

/** Where a chart sits in the story: its section, and the ids of its steps in order. */
export interface ChartPlace {
  section: string;
  stepIds: string[];
}

const chartAttributePattern = /\bchart="([^"]+)"/g;

/**
 * Each chart's place, read from the story's MDX: a chart in a <Scrolly> gets its steps; a chart placed any other
 * way gets its section only. The first placement wins.
 */
export function chartPlaces(sections: readonly { slug: string; entry: { body?: string | undefined } }[]): Map<string, ChartPlace> {
  const places = new Map<string, ChartPlace>();
  for (const { slug, entry } of sections) {
    const body = entry.body ?? '';
    for (const [chart, stepIds] of scrollyStepIds(body)) {
      if (chart && !places.has(chart)) places.set(chart, { section: slug, stepIds });
    }
    for (const [, chart] of body.matchAll(chartAttributePattern)) {
      if (chart && !places.has(chart)) places.set(chart, { section: slug, stepIds: [] });
    }
  }
  return places;
}

/** The story's anchor for a chart at a step (zero-based): the step's id, else the section's heading. */
export function placeAnchor(place: ChartPlace | undefined, step: number): string {
  if (!place) return '';
  return place.stepIds[Math.min(step, place.stepIds.length - 1)] ?? place.section;
}
