/** How the embed page is coloured: `auto` follows the reader's setting (prefers-color-scheme). */
export const themeChoices = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export interface EmbedChoices {
  /** The step to open at, counting from one as readers do; the first when absent; "all" for every step side by side. */
  step?: number | 'all';
  theme?: ThemeChoice;
}

/** The embed page's address with the writer's choices; defaults are left out so the code stays short. */
export function embedSrc(pageUrl: string, { step, theme }: EmbedChoices): string {
  const url = new URL(step === 'all' ? 'steps/' : '', pageUrl);
  if (typeof step === 'number' && step > 1) url.searchParams.set('step', String(step));
  if (theme !== undefined && theme !== 'auto') url.searchParams.set('theme', theme);
  return url.href;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a writer pastes: an iframe that reads well at its fixed height when the host runs no script, and the
 * loader on a line of its own, which makes the height exact and can be left out.
 */
export function embedCode({ src, title, height, loader }: { src: string; title: string; height: number; loader: string }): string {
  const frame =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy"` +
    ` style="display:block;width:100%;border:0"></iframe>`;
  return `${frame}\n<script async src="${escapeAttribute(loader)}"></script>`;
}
