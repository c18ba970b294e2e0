import { overridingClassColours, sharedClassColours, type ClassColour } from '../charts/shared/classColours';
import { palettes, type Palette, type ThemeName } from '../charts/shared/theme';
import { themeAttribute } from '../charts/shared/themeAttribute';

// The site's colours as CSS, written from the palette (src/charts/shared/theme.ts) when the site is built
// (generatedStylesheets.ts): the page's colour properties in both themes, and the dark theme's colours for the charts'
// classes. The dark rules apply where the reader prefers dark and the page chose no light theme, and where the page
// chose dark (the embed's ?theme=, as the attribute on <html>).

/** Each chart's own classes, from its folder's classColours.ts: found by file name, so that no chart is named here. */
const chartClassColours = Object.entries(
  import.meta.glob<readonly ClassColour[]>(['../charts/*/classColours.ts', '!../charts/shared/**'], { eager: true, import: 'classColours' }),
)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([, rules]) => rules);

/** Every class's colours in cascade order: a later rule wins over an earlier one of the same specificity. */
export const classColours: readonly ClassColour[] = [...sharedClassColours, ...chartClassColours, ...overridingClassColours];

/** The page's colour properties (var(--bg) and so on in the stylesheets) and the palette colour each one is. */
export const pageProperties = {
  bg: 'background',
  fg: 'text',
  muted: 'muted',
  rule: 'grid',
  card: 'card',
  accent: 'accent',
  focus: 'focus',
} as const satisfies Record<string, keyof Palette>;

/** The selectors that put a page in a theme: what it chose, or else the reader's setting. */
export const themeScopes = {
  light: `:root[${themeAttribute}='light']`,
  dark: `:root[${themeAttribute}='dark']`,
  /** Under prefers-color-scheme: dark, unless the page chose light. */
  preferredDark: `:root:not([${themeAttribute}='light'])`,
} as const;

const block = (selector: string, declarations: string[]) => `${selector} {\n${declarations.map((d) => `  ${d};\n`).join('')}}\n`;

const propertiesOf = (palette: Palette) => Object.entries(pageProperties).map(([name, token]) => `--${name}: ${palette[token]}`);

const paint = (palette: Palette, value: keyof Palette | 'none') => (value === 'none' ? 'none' : palette[value]);

/** The dark theme under one scope: the page's properties, then each class's colours. */
function darkRules(scope: string, extra: string[] = []): string {
  const palette = palettes.dark;
  const classes = classColours.map(({ selectors, fill, stroke }) =>
    block(selectors.map((s) => `${scope} .chart svg ${s}`).join(',\n'), [
      ...(fill ? [`fill: ${paint(palette, fill)}`] : []),
      ...(stroke ? [`stroke: ${paint(palette, stroke)}`] : []),
    ]),
  );
  return [block(scope, [...extra, ...propertiesOf(palette)]), ...classes].join('');
}

/**
 * The light theme's colour for each class, for a page's drawing whose marks leave out a colour attribute that says
 * the same (components/leanSvg.ts): only where the mark has no attribute of its own, which the rule would override.
 * Written before the dark rules, which outweigh them.
 */
export function lightClassRules(): string {
  const palette = palettes.light;
  return classColours
    .flatMap(({ selectors, fill, stroke }) =>
      (
        [
          ['fill', fill],
          ['stroke', stroke],
        ] as const
      ).flatMap(([property, value]) =>
        value ? [block(selectors.map((s) => `.chart svg ${s}:not([${property}])`).join(',\n'), [`${property}: ${paint(palette, value)}`])] : [],
      ),
    )
    .join('');
}

const colorScheme = (theme: ThemeName) => `color-scheme: ${theme}`;

/** The stylesheet, as text: the page's colours, the light colours of marks drawn without their own, then the dark theme. */
export function themeCss(): string {
  const indent = (css: string) => css.replace(/^(?=.)/gm, '  ');
  return [
    block(':root', propertiesOf(palettes.light)),
    block(themeScopes.light, [colorScheme('light')]),
    lightClassRules(),
    `@media (prefers-color-scheme: dark) {\n${indent(darkRules(themeScopes.preferredDark))}}\n`,
    darkRules(themeScopes.dark, [colorScheme('dark')]),
  ].join('');
}
