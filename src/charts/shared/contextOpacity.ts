import { palettes, type Palette } from './theme';

// Context marks are faded, but a reader must still see them: a faded mark keeps at least 3:1 against whatever it
// sits on (WCAG 1.4.11), in both themes, so the fade is worked out from the palettes rather than guessed.

const minimumContrast = 3;

const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
export const rgb = (hex: string): [number, number, number] => [channel(hex, 0), channel(hex, 1), channel(hex, 2)];

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour drawn at an opacity over a backdrop, as the screen shows it. */
export function blend(color: string, opacity: number, backdrop: string): [number, number, number] {
  const [c, b] = [rgb(color), rgb(backdrop)];
  return [0, 1, 2].map((i) => opacity * c[i]! + (1 - opacity) * b[i]!) as [number, number, number];
}

/** A chart's mark colours and the grounds they sit on, as [colour, ground] pairs of a palette. */
export type ColourPairs = (palette: Palette) => (readonly [string, string])[];

/** The faintest opacity, in steps of 0.05 from 0.3, at which every pair keeps `minimum` contrast (3:1) in every theme. */
export function contextOpacity(pairs: ColourPairs, minimum = minimumContrast, themes: readonly Palette[] = Object.values(palettes)): number {
  for (let opacity = 0.3; opacity < 1; opacity = Math.round((opacity + 0.05) * 100) / 100) {
    const enough = themes.every((p) => pairs(p).every(([color, ground]) => contrast(blend(color, opacity, ground), rgb(ground)) >= minimum));
    if (enough) return opacity;
  }
  return 1;
}
