/**
 * The story palette as readers with colour-vision deficiencies see it: prints the smallest CIEDE2000 difference
 * between any two category colours under each simulation (Machado et al. 2009, severity 1) and writes one swatch
 * sheet per vision into docs/colour-vision/, both themes on each, for review. tests/unit/palette.test.ts holds
 * the same check as a test.
 *
 *   npm run colour-vision
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deltaE2000, contrast, simulate, type Deficiency } from '../../src/charts/shared/colour.ts';
import { categoryTokens, palettes, type CategoryToken, type Palette, type ThemeName } from '../../src/charts/shared/theme.ts';
import { renderAsync } from '@resvg/resvg-js';

/** Debian's Noto Sans CJK (as the PNG exports use), else whatever sans-serif the machine has. */
async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: 1.5 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    logLevel: 'off',
  });
  return image.asPng();
}

const visions = ['typical', 'deuteranopia', 'protanopia', 'tritanopia'] as const;
type Vision = (typeof visions)[number];
const seen = (hex: string, vision: Vision) => (vision === 'typical' ? hex : simulate(hex, vision as Deficiency));

const names: Record<CategoryToken, string> = {
  usGov: 'US government',
  nvidia: 'Nvidia',
  china: 'Chinese firms',
  usLabs: 'US labs',
  context: 'context',
};

function sheet(vision: Vision): string {
  const cell = 118;
  const width = 16 + categoryTokens.length * cell;
  const panel = 140;
  const panels = (['light', 'dark'] as ThemeName[]).map((theme, i) => {
    const p = palettes[theme];
    const y0 = 28 + i * panel;
    const c = (hex: string) => seen(hex, vision);
    const swatches = categoryTokens.map((token, j) => {
      const x = 16 + j * cell;
      const color = c(p[token]);
      return [
        `<circle cx="${x + 8}" cy="${y0 + 24}" r="7" fill="${color}"/>`,
        `<rect x="${x + 22}" y="${y0 + 17}" width="14" height="14" fill="${color}"/>`,
        `<circle cx="${x + 50}" cy="${y0 + 24}" r="6" fill="${c(p.background)}" stroke="${color}" stroke-width="2" stroke-dasharray="3 2"/>`,
        `<rect x="${x}" y="${y0 + 40}" width="${cell - 20}" height="10" fill="${color}"/>`,
        `<text x="${x}" y="${y0 + 70}" font-size="12" fill="${color}">${names[token]}</text>`,
      ].join('');
    });
    const greys = [
      `<text x="16" y="${y0 + 94}" font-size="12" fill="${c(p.text)}">text</text>`,
      `<text x="56" y="${y0 + 94}" font-size="12" fill="${c(p.muted)}">muted</text>`,
      `<text x="110" y="${y0 + 94}" font-size="12" fill="${c(p.faded)}">faded ${contrast(p.faded, p.background).toFixed(1)}:1</text>`,
      `<rect x="220" y="${y0 + 84}" width="40" height="12" fill="${c(p.ruleLicenceFill)}" stroke="${c(p.ruleLicence)}"/>`,
      `<rect x="264" y="${y0 + 84}" width="40" height="12" fill="${c(p.ruleNotifyFill)}" stroke="${c(p.ruleNotify)}"/>`,
      `<rect x="308" y="${y0 + 84}" width="40" height="12" fill="${c(p.background)}" stroke="${c(p.ruleOutside)}"/>`,
      `<text x="356" y="${y0 + 94}" font-size="12" fill="${c(p.muted)}">rule zones</text>`,
      ...verdictTokens.map((token, j) => {
        const x = 16 + j * 110;
        return `<circle cx="${x + 8}" cy="${y0 + 116}" r="8" fill="${c(p[token])}"/><circle cx="${x + 28}" cy="${y0 + 116}" r="8" fill="${c(p[`${token}SetBack`])}"/><text x="${x + 42}" y="${y0 + 120}" font-size="12" fill="${c(p.muted)}">${token.slice(7).toLowerCase()}</text>`;
      }),
    ];
    return `<rect y="${y0}" width="${width}" height="${panel}" fill="${c(p.background)}"/>${swatches.join('')}${greys.join('')}`;
  });
  const height = 28 + 2 * panel;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK SC"><rect width="${width}" height="${height}" fill="#ffffff"/><text x="16" y="19" font-size="13" font-weight="700" fill="#1a1a1a">Story palette, ${vision === 'typical' ? 'typical vision' : `${vision} (Machado 2009)`}: light, then dark</text>${panels.join('')}</svg>`;
}

/** The scorecard's verdict scale, a set of its own: its tiers are compared with each other, not with the actors. */
const verdictTokens = ['verdictSupported', 'verdictMixed', 'verdictUndercut', 'verdictNone'] as const;

function smallestDifference(theme: ThemeName, vision: Vision, tokens: readonly (keyof Palette)[] = categoryTokens): { pair: string; deltaE: number } {
  const p = palettes[theme];
  let best = { pair: '', deltaE: Infinity };
  for (const [i, a] of tokens.entries())
    for (const b of tokens.slice(i + 1)) {
      const d = deltaE2000(seen(p[a], vision), seen(p[b], vision));
      if (d < best.deltaE) best = { pair: `${a}/${b}`, deltaE: d };
    }
  return best;
}

const out = new URL('../../docs/colour-vision/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const vision of visions) {
  const rows = (['light', 'dark'] as ThemeName[]).map((theme) => {
    const { pair, deltaE } = smallestDifference(theme, vision);
    const verdicts = smallestDifference(theme, vision, verdictTokens);
    return `${theme}: smallest ΔE2000 ${deltaE.toFixed(1)} (${pair}), verdicts ${verdicts.deltaE.toFixed(1)} (${verdicts.pair})`;
  });
  console.log(`${vision.padEnd(13)} ${rows.join('   ')}`);
  writeFileSync(new URL(`${vision}.png`, out), await svgToPng(sheet(vision)));
}
console.log(`Swatch sheets written to ${out.pathname}`);
