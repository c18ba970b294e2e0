/** What the export work adds to each entry of /charts/index.json. */
export function exportManifestFields(_chartId: string): Record<string, unknown> {
  return {};
}
