import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales';

const storyDir = join(process.cwd(), 'src/content/story');

/** The step ids of each <Scrolly chart="…"> block in one MDX file, in order. */
export function scrollyStepIds(mdx: string): Map<string, string[]> {
  const steps = new Map<string, string[]>();
  for (const [, chart = '', body = ''] of mdx.matchAll(/<Scrolly\s+chart="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g)) {
    steps.set(
      chart,
      [...body.matchAll(/<Step\s+id="([^"]+)"/g)].map((m) => m[1] ?? ''),
    );
  }
  return steps;
}

const cache = new Map<Locale, Map<string, string[]>>();

function storyStepIds(locale: Locale): Map<string, string[]> {
  let steps = cache.get(locale);
  if (!steps) {
    const folder = join(storyDir, locale);
    const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
    steps = new Map(files.flatMap((name) => [...scrollyStepIds(readFileSync(join(folder, name), 'utf8'))]));
    cache.set(locale, steps);
  }
  return steps;
}

/** The story's address for a chart at a step: its step's anchor, which opens the chart there. */
export function storyStepPath(chartId: string, locale: Locale, step: number): string {
  const id = storyStepIds(locale).get(chartId)?.[step];
  if (!id) throw new Error(`The ${locale} story has no step ${step} for the chart "${chartId}".`);
  return `${locale}/#${id}`;
}
