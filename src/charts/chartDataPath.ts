/** Where the build writes a chart's redraw data (src/pages/charts/[chart]/data.json.ts), under the site's base. */
export function chartDataPath(chartId: string, base = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/charts/${chartId}/data.json`;
}

/** Where the build writes the table under a chart in one language (src/pages/charts/[chart]/table.[lang].json.ts). */
export function chartTablePath(chartId: string, locale: string): string {
  return `charts/${chartId}/table.${locale}.json`;
}

/** Where the build writes what a chart's marks say and cite in one language (src/pages/charts/[chart]/marks.[lang].json.ts). */
export function chartMarksPath(chartId: string, locale: string, base = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/charts/${chartId}/marks.${locale}.json`;
}
