import { themeAttribute } from '../charts/shared/themeAttribute';
import type { ThemeChoice } from './embedCode';

/**
 * Applies ?theme= and &transparent=1 before the page is first painted. The theme is an attribute on <html>, which
 * the site's colours honour (src/styles/themeCss.ts): "light" or "dark" over the reader's setting, "auto" follows it.
 */
export function applyTheme(document: Document, theme: ThemeChoice, transparent: boolean): void {
  const root = document.documentElement;
  root.setAttribute(themeAttribute, theme);
  if (transparent) root.dataset['transparent'] = '';
}
