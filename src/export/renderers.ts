import type { ChartDefinition } from '../charts/definition';

/** Each chart's definition file, `src/charts/<folder>/<id>.definition.ts`, found by its name. */
const modules = import.meta.glob<Record<string, ChartDefinition>>('../charts/*/*.definition.ts');

/**
 * The same chart definitions the page is built with, loaded on demand so that a page's download button brings
 * in only the chart it exports. Node (build, command line) and the browser both draw through this map.
 */
const exportDefinitions: Record<string, () => Promise<ChartDefinition>> = Object.fromEntries(
  Object.entries(modules).map(([path, load]) => [
    path.replace(/^.*\/(.+)\.definition\.ts$/, '$1'),
    async () => {
      const definition = Object.values(await load())[0];
      if (!definition) throw new Error(`${path} exports no chart definition`);
      return definition;
    },
  ]),
);

export async function loadDefinition(chartId: string): Promise<ChartDefinition> {
  const load = exportDefinitions[chartId];
  if (!load) throw new Error(`No chart "${chartId}"`);
  return load();
}
