import type { ThemeChoice } from './embedCode';

const colorSchemeFeature = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/;

/**
 * Forces the page's own dark or light rules, wherever a stylesheet keeps them under prefers-color-scheme: a
 * rule for the chosen scheme always applies, a rule for the other never does. Stylesheets the page may not read
 * (in a sandbox without same-origin) keep following the reader's setting.
 */
function forceColorScheme(sheets: Iterable<CSSStyleSheet>, scheme: 'light' | 'dark'): void {
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const feature = colorSchemeFeature.exec(rule.media.mediaText);
        if (feature) rule.media.mediaText = feature[1] === scheme ? rule.media.mediaText.replace(colorSchemeFeature, '(min-width: 0px)') : 'not all';
      }
      if (rule instanceof CSSGroupingRule) visit(rule.cssRules);
    }
  };
  for (const sheet of sheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A stylesheet from an origin the page may not read: leave it as it is.
    }
  }
}

/** Applies ?theme= and &transparent=1 before the page is first painted. */
export function applyTheme(document: Document, theme: ThemeChoice, transparent: boolean): void {
  const root = document.documentElement;
  root.dataset['theme'] = theme;
  if (transparent) root.dataset['transparent'] = '';
  if (theme === 'auto') return;
  root.style.colorScheme = theme;
  forceColorScheme(document.styleSheets, theme);
}
