import type { ChartDefinition } from '../../charts/definition';

/** Each chart's definition file, `src/charts/<folder>/<id>.definition.ts`, found by its name. */
const modules = import.meta.glob<Record<string, ChartDefinition>>('../../charts/*/*.definition.ts');

/**
 * One chart's definition, the same the page was built with, loaded when a download button asks for it: each chart
 * stays a chunk of its own, so a button brings in only the chart it exports.
 */
export async function loadDefinition(chartId: string): Promise<ChartDefinition> {
  const path = Object.keys(modules).find((name) => name.endsWith(`/${chartId}.definition.ts`));
  if (!path) throw new Error(`No chart "${chartId}"`);
  const definition = Object.values(await modules[path]!())[0];
  if (!definition) throw new Error(`${path} exports no chart definition`);
  return definition;
}
