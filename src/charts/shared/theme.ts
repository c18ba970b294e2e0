/**
 * The story's one palette, and the one source of the site's colours. Colours are hex so that an exported SVG reads
 * the same in every tool. A chart draws its light colours as attributes; the page's dark mode recolours it by class,
 * with rules generated from this file at build time (src/styles/themeCss.ts, from the classes' colours in
 * shared/classColours.ts and each chart's own classColours.ts), as are the page's colour properties (--bg, --fg, …).
 *
 * What each colour means, on every chart:
 * - usGov     the US government and its rules (export controls, the proposed KYC rule)         class cat-usgov
 * - nvidia    Nvidia, its chips and its revenue                                                  class cat-nvidia
 * - china     Chinese firms and their models, and the essay's figures about them                 class cat-china
 * - usLabs    US AI labs: OpenAI, Meta, xAI, Microsoft's cluster for OpenAI                      class cat-uslabs
 * - context   marks that are there for comparison only (a neutral grey)                          class cat-context
 * - text      active text; muted: axes, ticks, notes (≥ 4.5:1 on the background)                 class fg / muted
 * - faded     de-emphasised text, still ≥ 3:1 on the background: fade text by this colour, not
 *             by opacity                                                                          class faded
 * - grid      gridlines and hairlines
 * How sure a mark is never takes a colour: verified and computed marks are filled, estimates and claims hollow
 * with a dashed outline (shared/evidence.ts), in the colour of whom the mark is about.
 *
 * The chip-threshold zones of the US rule (licence required, notification, outside both): ruleLicence/ruleNotify/
 * ruleOutside, with fills for the zones. Licence takes the US government's blue (a paler one in the dark theme);
 * notification a violet, lighter in the light theme and darker in the dark, so that the two tiers differ in
 * lightness as well as hue and stay apart under every colour vision (ΔE2000 ≥ 15). The older names
 * controlled/notify/outside are those same zones, kept for the classes status-controlled/-notify/-outside; their
 * *SetBack colours are the same moved towards the context grey, for chips a step sets back: greyed, not made
 * transparent, so that a faded licence chip never takes the notification colour.
 *
 * The scorecard's verdicts (verdictSupported, verdictMixed, verdictUndercut, verdictNone) are a scale of their own,
 * used on no other chart: a blue for supported, a light ochre for mixed, a dark red for undercut, a grey for no
 * evidence. Mixed and undercut differ in lightness as well as hue, so that every pair stays apart under every colour
 * vision (ΔE2000 ≥ 15); each verdict also has its own glyph (scorecard/verdictBadge.ts), which greyscale keeps. Each
 * keeps 3:1 on the background as a mark, and so do their *SetBack colours, moved towards the context grey for the
 * rows a step sets back.
 *
 * Every category colour keeps ≥ 4.5:1 on its background, and every pair stays apart (CIEDE2000 ≥ 10) for
 * readers with deuteranopia, protanopia or tritanopia: `npm run colour-vision` and tests/unit/palette.test.ts.
 */
// With its extension, so that the colour-vision script can run this file in Node as it is.
import { mix } from './colour.ts';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  faded: string;
  grid: string;
  context: string;
  usGov: string;
  nvidia: string;
  china: string;
  usLabs: string;
  ruleLicence: string;
  ruleLicenceFill: string;
  ruleNotify: string;
  ruleNotifyFill: string;
  ruleOutside: string;
  /** The chip-threshold zones under their first names (= ruleLicence, ruleLicenceFill, ruleNotify, ruleNotifyFill, ruleOutside). */
  controlled: string;
  controlledFill: string;
  notify: string;
  notifyFill: string;
  outside: string;
  /** A chip a step sets back, in its zone's colour moved towards the context grey (setBackShare of the way). */
  controlledSetBack: string;
  notifySetBack: string;
  outsideSetBack: string;
  /** The scorecard's verdict scale, and each verdict moved towards the context grey for a row a step sets back. */
  verdictSupported: string;
  verdictMixed: string;
  verdictUndercut: string;
  verdictNone: string;
  verdictSupportedSetBack: string;
  verdictMixedSetBack: string;
  verdictUndercutSetBack: string;
  verdictNoneSetBack: string;
  /** Links and the site's name on share cards and exports; no chart mark uses it. */
  accent: string;
  /** The page's own: the ground of the step cards and controls, and the focus ring. No chart mark uses them. */
  card: string;
  focus: string;
}

export type ThemeName = 'light' | 'dark';

/** The colours a reader must tell apart on sight: one per actor, and the neutral for context. */
export const categoryTokens = ['usGov', 'nvidia', 'china', 'usLabs', 'context'] as const;
export type CategoryToken = (typeof categoryTokens)[number];

/** The class by which dark mode recolours a mark of each category (fill and stroke; text.cat-* fill only). */
export const categoryClass: Record<CategoryToken, string> = {
  usGov: 'cat-usgov',
  nvidia: 'cat-nvidia',
  china: 'cat-china',
  usLabs: 'cat-uslabs',
  context: 'cat-context',
};

const light = {
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  faded: '#8a8a8a',
  grid: '#d9d9d9',
  context: '#8a8a8a',
  usGov: '#23408e',
  nvidia: '#00855a',
  china: '#c24a00',
  usLabs: '#b5468e',
  ruleLicence: '#23408e',
  ruleLicenceFill: '#dfe5f5',
  ruleNotify: '#8840fc',
  ruleNotifyFill: '#f0f3fa',
  // Darker than the context grey, so that a chip faded to context still keeps 3:1 on the licence zone's fill.
  ruleOutside: '#666666',
  verdictSupported: '#1d5fa8',
  verdictMixed: '#b07a00',
  verdictUndercut: '#a3121f',
  verdictNone: '#707070',
  accent: '#1f5f99',
  card: '#ffffff',
  focus: '#b3261e',
};

const dark = {
  background: '#151515',
  text: '#ececec',
  muted: '#b3b3b3',
  faded: '#6e6e6e',
  grid: '#3d3d3d',
  context: '#8a8a8a',
  usGov: '#8aa8ff',
  nvidia: '#43c48f',
  china: '#ff9147',
  usLabs: '#ffb0e3',
  ruleLicence: '#bccfff',
  ruleLicenceFill: '#1f2a4a',
  ruleNotify: '#a866f5',
  ruleNotifyFill: '#1b2030',
  ruleOutside: '#8a8a8a',
  verdictSupported: '#6fa8f0',
  verdictMixed: '#f2c94c',
  verdictUndercut: '#e8544e',
  verdictNone: '#9a9a9a',
  accent: '#8cc4f5',
  card: '#1f1f1f',
  focus: '#ff8a80',
};

/** How far a set-back verdict moves towards the context grey: its hue still shows, and it keeps 3:1 on the page. */
const verdictSetBackShare = 0.5;

/** How far a set-back chip moves towards the context grey: as far as keeps it 3:1 on the page and the zones. */
const setBackShare = 0.6;

const withZones = (p: typeof light): Palette => ({
  ...p,
  controlled: p.ruleLicence,
  controlledFill: p.ruleLicenceFill,
  notify: p.ruleNotify,
  notifyFill: p.ruleNotifyFill,
  outside: p.ruleOutside,
  controlledSetBack: mix(p.ruleLicence, p.context, setBackShare),
  notifySetBack: mix(p.ruleNotify, p.context, setBackShare),
  outsideSetBack: mix(p.ruleOutside, p.context, setBackShare),
  verdictSupportedSetBack: mix(p.verdictSupported, p.context, verdictSetBackShare),
  verdictMixedSetBack: mix(p.verdictMixed, p.context, verdictSetBackShare),
  verdictUndercutSetBack: mix(p.verdictUndercut, p.context, verdictSetBackShare),
  verdictNoneSetBack: mix(p.verdictNone, p.context, verdictSetBackShare),
});

export const palettes: Record<ThemeName, Palette> = { light: withZones(light), dark: withZones(dark) };

/** Chinese on every platform, then the platform's own sans-serif. */
export const fontFamily = "'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const fontSize = { label: 13, tick: 12, annotation: 12, legend: 13 } as const;
