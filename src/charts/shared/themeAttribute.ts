/**
 * The attribute on <html> by which a page chooses its theme over the reader's setting (the embed's ?theme=): "light"
 * or "dark"; absent or anything else follows prefers-color-scheme. A module of its own, so that the embed's blocking
 * script that sets it carries no palette.
 */
export const themeAttribute = 'data-theme';
