import { describe, expect, it } from 'vitest';
import { contrast, deltaE2000, simulate, type Deficiency } from '../../src/charts/shared/colour';
import { categoryTokens, palettes, type ThemeName } from '../../src/charts/shared/theme';

const themes: ThemeName[] = ['light', 'dark'];
const visions: (Deficiency | 'typical')[] = ['typical', 'deuteranopia', 'protanopia', 'tritanopia'];

/** Below about 10 (CIEDE2000) two small marks start to look alike at a glance. */
const minimumDeltaE = 10;

/** The chip chart's two tiers of the US rule sit side by side and must read apart at once, faded or not. */
const minimumTierDeltaE = 15;

const verdictTokens = ['verdictSupported', 'verdictMixed', 'verdictUndercut', 'verdictNone'] as const;
const verdictSetBackTokens = ['verdictSupportedSetBack', 'verdictMixedSetBack', 'verdictUndercutSetBack', 'verdictNoneSetBack'] as const;

const seen = (hex: string, vision: (typeof visions)[number]) => (vision === 'typical' ? hex : simulate(hex, vision));

describe('the story palette', () => {
  for (const theme of themes) {
    const p = palettes[theme];

    for (const vision of visions) {
      it(`${theme}: every pair of category colours stays apart for ${vision} vision (ΔE2000 ≥ ${minimumDeltaE})`, () => {
        const close: string[] = [];
        for (const [i, a] of categoryTokens.entries())
          for (const b of categoryTokens.slice(i + 1)) {
            const d = deltaE2000(seen(p[a], vision), seen(p[b], vision));
            if (d < minimumDeltaE) close.push(`${a}/${b} ${d.toFixed(1)}`);
          }
        expect(close).toEqual([]);
      });
    }

    for (const vision of visions) {
      it(`${theme}: licence and notification stay apart for ${vision} vision, and a faded chip of either tier never takes the other's colour (ΔE2000 ≥ ${minimumTierDeltaE})`, () => {
        const pairs = [
          ['ruleLicence', 'ruleNotify'],
          ['controlledSetBack', 'ruleNotify'],
          ['notifySetBack', 'ruleLicence'],
        ] as const;
        const close = pairs
          .map(([a, b]) => [a, b, deltaE2000(seen(p[a], vision), seen(p[b], vision))] as const)
          .filter(([, , d]) => d < minimumTierDeltaE)
          .map(([a, b, d]) => `${a}/${b} ${d.toFixed(1)}`);
        expect(close).toEqual([]);
      });
    }

    for (const vision of visions) {
      it(`${theme}: the scorecard's four verdicts stay apart for ${vision} vision (ΔE2000 ≥ ${minimumTierDeltaE}), and on a set-back row as far as two categories (≥ ${minimumDeltaE})`, () => {
        const close: string[] = [];
        for (const [set, minimum] of [
          [verdictTokens, minimumTierDeltaE],
          [verdictSetBackTokens, minimumDeltaE],
        ] as const)
          for (const [i, a] of set.entries())
            for (const b of set.slice(i + 1)) {
              const d = deltaE2000(seen(p[a], vision), seen(p[b], vision));
              if (d < minimum) close.push(`${a}/${b} ${d.toFixed(1)}`);
            }
        expect(close).toEqual([]);
      });
    }

    it(`${theme}: every verdict's badge keeps 3:1 on the background, on a row a step sets back too`, () => {
      for (const token of [...verdictTokens, ...verdictSetBackTokens]) expect(contrast(p[token], p.background), token).toBeGreaterThanOrEqual(3);
    });

    it(`${theme}: the actors' colours, text and muted text keep 4.5:1 on the background; faded text, context and zone marks 3:1`, () => {
      // The tiers' colours name their zones and call out chips in text too.
      for (const token of ['usGov', 'nvidia', 'china', 'usLabs', 'text', 'muted', 'ruleLicence', 'ruleNotify'] as const)
        expect(contrast(p[token], p.background), token).toBeGreaterThanOrEqual(4.5);
      for (const token of ['faded', 'context', 'ruleOutside'] as const) expect(contrast(p[token], p.background), token).toBeGreaterThanOrEqual(3);
      // Faded text is fainter than muted text, so a reader sees which is which.
      expect(contrast(p.faded, p.background)).toBeLessThan(contrast(p.muted, p.background));
    });

    it(`${theme}: the chip-threshold zones keep their first names`, () => {
      expect([p.controlled, p.controlledFill, p.notify, p.notifyFill, p.outside]).toEqual([
        p.ruleLicence,
        p.ruleLicenceFill,
        p.ruleNotify,
        p.ruleNotifyFill,
        p.ruleOutside,
      ]);
    });
  }
});
