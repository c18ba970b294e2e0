import type { ThemeName } from '../theme';
import { themeAttribute } from '../themeAttribute';

const prefersDark = window.matchMedia('(prefers-color-scheme: dark)');

/** The theme the page shows: the one it chose (the embed's ?theme=, on <html>), else the reader's setting. */
export function pageTheme(document: Document): ThemeName {
  const chosen = document.documentElement.getAttribute(themeAttribute);
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return prefersDark.matches ? 'dark' : 'light';
}
