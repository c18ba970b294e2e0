// The site's colours as the built pages carry them: written from the palette (src/charts/shared/theme.ts) at build
// time, into every page's own CSS. Read from the built files; the browser tests check what a reader then sees
// (tests/e2e/embedPage.spec.ts for ?theme=, tests/e2e/stepWalk.spec.ts for the contrast of every chart text).
import { readFileSync } from 'node:fs';
import postcss, { type AtRule, type Rule } from 'postcss';
import { describe, expect, test } from 'vitest';
import { palettes, type Palette } from '../../src/charts/shared/theme';
import { classColours, pageProperties, themeScopes } from '../../src/styles/themeCss';
import { builtHtmlFiles, builtPages } from '../support/builtSite';

/** Selectors and colours as a minifier may write them: no quotes in attribute selectors, colours in six digits. */
const selector = (text: string) => text.replace(/['"]/g, '').replace(/\s+/g, ' ').trim();
const colour = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, '#$1$1$2$2$3$3');

/** Each declaration of the page's CSS, by where it applies: "top level" or "dark preference", then selector. */
function declarations(html: string): Record<'top' | 'preferDark', Map<string, Map<string, string>>> {
  const css = [...html.matchAll(/<style[^>]*>(.*?)<\/style>/gs)].map((m) => m[1]).join('\n');
  const found = { top: new Map<string, Map<string, string>>(), preferDark: new Map<string, Map<string, string>>() };
  postcss.parse(css).walkRules((rule: Rule) => {
    const media = rule.parent?.type === 'atrule' ? (rule.parent as AtRule) : undefined;
    if (media && media.name !== 'media') return;
    const where = media === undefined ? found.top : /prefers-color-scheme:\s*dark/.test(media.params) ? found.preferDark : undefined;
    if (!where) return;
    for (const one of rule.selectors.map(selector)) {
      const properties = where.get(one) ?? new Map<string, string>();
      rule.walkDecls((declaration) => void properties.set(declaration.prop, declaration.value));
      where.set(one, properties);
    }
  });
  return found;
}

const paintOf = (palette: Palette, paint: keyof Palette | 'none') => (paint === 'none' ? 'none' : palette[paint]);

describe("the site's colours, written from the palette", () => {
  const files = builtHtmlFiles();
  builtPages().forEach((path, index) => {
    const css = declarations(readFileSync(files[index]!, 'utf8'));

    test(`${path} takes its page colours from the palette, light by default and dark where the reader prefers or the page chose it`, () => {
      for (const [name, token] of Object.entries(pageProperties)) {
        expect(colour(css.top.get(':root')?.get(`--${name}`) ?? ''), `--${name}, light`).toBe(palettes.light[token]);
        for (const [where, scope] of [
          [css.preferDark, themeScopes.preferredDark],
          [css.top, themeScopes.dark],
        ] as const)
          expect(colour(where.get(selector(scope))?.get(`--${name}`) ?? ''), `--${name} under ${scope}`).toBe(palettes.dark[token]);
      }
    });

    test(`${path} recolours each chart class to the dark palette where the reader prefers dark or the page chose it`, () => {
      for (const [where, scope] of [
        [css.preferDark, themeScopes.preferredDark],
        [css.top, themeScopes.dark],
      ] as const)
        for (const { selectors, fill, stroke } of classColours)
          for (const one of selectors) {
            const rule = where.get(selector(`${scope} .chart svg ${one}`));
            if (fill) expect(colour(rule?.get('fill') ?? ''), `${scope} ${one} fill`).toBe(paintOf(palettes.dark, fill));
            if (stroke) expect(colour(rule?.get('stroke') ?? ''), `${scope} ${one} stroke`).toBe(paintOf(palettes.dark, stroke));
          }
    });

    test(`${path} keeps the light theme where the page chose it, whatever the reader prefers`, () => {
      expect([...css.preferDark.keys()].filter((one) => !one.startsWith(selector(themeScopes.preferredDark)))).toEqual([]);
      expect(css.top.get(selector(themeScopes.light))?.get('color-scheme')).toBe('light');
    });
  });
});
