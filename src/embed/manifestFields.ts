/** What the embed work adds to each entry of /charts/index.json, and to its top level. */
export function embedManifestFields(_chartId: string): Record<string, unknown> {
  return {};
}

export function embedManifestTop(): Record<string, unknown> {
  return {};
}
