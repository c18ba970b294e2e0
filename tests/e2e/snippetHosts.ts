// The snippet's tests serve the built site from a plain static host (tests/support/server.ts) and paste the snippet
// into made-up pages of another origin; these helpers point a snippet at wherever the test serves the site.

/** The public origin a snippet was built for: that of its script. */
export function builtOrigin(snippet: string): string {
  const origin = /src="(https?:\/\/[^/"]+)/.exec(snippet)?.[1];
  if (!origin) throw new Error(`No script address in the snippet: ${snippet}`);
  return origin;
}

/** A manifest snippet pointed at wherever the test serves the site, instead of the public address it was built for. */
export function rehome(snippet: string, origin: string): string {
  return snippet.replaceAll(builtOrigin(snippet), origin);
}
