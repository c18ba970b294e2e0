import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales';

const scrollyPattern = /<Scrolly\s+chart="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g;
const stepPattern = /<Step\s+id="([^"]+)"/g;

/**
 * The one reading of the story's step ids: the ids of each <Scrolly chart="…"> block's <Step>s in one MDX text,
 * in order, by chart. The first block for a chart wins. The scrolly figure (components/mdx/Scrolly.astro),
 * the embeds' links back (embed/storyPlaces.ts) and the snippets' (snippet/storySteps.ts) all read it.
 */
export function scrollyStepIds(mdx: string): Map<string, string[]> {
  const steps = new Map<string, string[]>();
  for (const [, chart = '', body = ''] of mdx.matchAll(scrollyPattern)) {
    if (!steps.has(chart))
      steps.set(
        chart,
        [...body.matchAll(stepPattern)].map((m) => m[1] ?? ''),
      );
  }
  return steps;
}

const storyDir = join(process.cwd(), 'src/content/story');
const cache = new Map<Locale, Map<string, string[]>>();

/** The step ids of every chart in the story in one language, read from its MDX files. */
export function storyStepIds(locale: Locale): Map<string, string[]> {
  let steps = cache.get(locale);
  if (!steps) {
    const folder = join(storyDir, locale);
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .sort();
    steps = new Map();
    for (const name of files)
      for (const [chart, ids] of scrollyStepIds(readFileSync(join(folder, name), 'utf8'))) if (!steps.has(chart)) steps.set(chart, ids);
    cache.set(locale, steps);
  }
  return steps;
}
