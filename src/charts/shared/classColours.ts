import { categoryClass, categoryTokens, type Palette } from './theme';

/** A palette colour by its name, or no paint at all. */
type Paint = keyof Palette | 'none';

/**
 * Marks of a class and the palette colours they take. A chart draws its light colours as attributes; the page's
 * dark theme recolours by these, generated from the palette (src/styles/themeCss.ts). Selectors are read inside a
 * chart's SVG.
 */
export interface ClassColour {
  selectors: readonly string[];
  fill?: Paint;
  stroke?: Paint;
}

const categories = categoryTokens.map((token) => ({ token, className: categoryClass[token] }));

/** The classes every chart may use; a chart's own come after these (its folder's classColours.ts). */
export const sharedClassColours: readonly ClassColour[] = [
  { selectors: ['.bg'], fill: 'background' },
  { selectors: ['.fg', 'text.fg'], fill: 'text' },
  { selectors: ['.muted', 'text.muted'], fill: 'muted' },
  { selectors: ['.grid'], stroke: 'grid' },
  { selectors: ['.ink'], fill: 'text', stroke: 'text' },
  { selectors: ['.line-reference'], stroke: 'muted', fill: 'none' },
  // One colour per actor: the US government, Nvidia, Chinese firms and models, US labs; grey for context.
  ...categories.map(({ token, className }) => ({ selectors: [`.${className}`], fill: token, stroke: token })),
  { selectors: categories.map(({ className }) => `line.${className}`), fill: 'none' },
  { selectors: categories.map(({ className }) => `text.${className}`), stroke: 'none' },
  // Hairlines and outlines in the muted colour (leaders, baselines, legend outlines, Plot's tick marks): the light
  // theme's muted grey would sink to 2.6:1 on the dark background.
  { selectors: ['line.muted', 'path.muted', 'circle.muted', 'rect.muted', 'g.muted[stroke]', 'line.leader'], stroke: 'muted' },
];

/** After every chart's own classes, so that they win over a mark's colour class. */
export const overridingClassColours: readonly ClassColour[] = [
  // A hollow mark (an estimate or a claim) is filled with the background, whatever its colour.
  { selectors: ['.hollow'], fill: 'background' },
  // De-emphasised text: a mid-grey that keeps 3:1, not a colour near the background.
  { selectors: ['.faded', 'text.faded'], fill: 'faded' },
  // A label's halo is the background it stands out of (shared/halo.ts).
  { selectors: ['text.halo'], stroke: 'background' },
];
