// The embed and snippet tests serve the built site on one origin (tests/support/server.ts) and paste the codes it
// publishes into made-up pages of another; these helpers point pasted code at wherever the test serves the site.

/** The public origin pasted code was built for: that of its first address (the script's, or the frame's). */
export function builtOrigin(snippet: string): string {
  const origin = /src="(https?:\/\/[^/"]+)/.exec(snippet)?.[1];
  if (!origin) throw new Error(`No address in the pasted code: ${snippet}`);
  return origin;
}

/** Pasted code pointed at wherever the test serves the site, instead of the public address it was built for. */
export function rehome(snippet: string, origin: string): string {
  return snippet.replaceAll(builtOrigin(snippet), origin);
}
