/** Where a chart sits in the story: its section, and the ids of its steps in order (none outside a <Scrolly>). */
export interface ChartPlace {
  section: string;
  stepIds: string[];
}

const scrollyPattern = /<Scrolly\s+chart="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g;
const stepPattern = /<Step\s+id="([^"]+)"/g;
const chartAttributePattern = /\bchart="([^"]+)"/g;

/**
 * The one reading of the story's step ids: each chart's place, from its sections' MDX in order. A chart in a
 * <Scrolly> gets the ids of its <Step>s; a chart placed any other way gets its section only. The first placement
 * wins. The scrolly figure's check, the embeds' and the snippets' links back all come from here.
 */
export function chartPlaces(sections: readonly { slug: string; entry: { body?: string | undefined } }[]): Map<string, ChartPlace> {
  const places = new Map<string, ChartPlace>();
  for (const { slug, entry } of sections) {
    const body = entry.body ?? '';
    for (const [, chart = '', steps = ''] of body.matchAll(scrollyPattern)) {
      if (chart && !places.has(chart)) places.set(chart, { section: slug, stepIds: [...steps.matchAll(stepPattern)].map((m) => m[1] ?? '') });
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
