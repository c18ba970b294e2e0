import type { ClassColour } from '../shared/classColours';

/** The verdict badges (verdictBadge.ts): each verdict's colour, greyed where a step sets its row back. */
export const classColours: readonly ClassColour[] = [
  { selectors: ['.verdict-supported'], fill: 'verdictSupported', stroke: 'verdictSupported' },
  { selectors: ['.verdict-mixed'], fill: 'verdictMixed', stroke: 'verdictMixed' },
  { selectors: ['.verdict-undercut'], fill: 'verdictUndercut', stroke: 'verdictUndercut' },
  { selectors: ['.verdict-none'], fill: 'verdictNone', stroke: 'verdictNone' },
  { selectors: ['.verdict-supported.set-back'], fill: 'verdictSupportedSetBack', stroke: 'verdictSupportedSetBack' },
  { selectors: ['.verdict-mixed.set-back'], fill: 'verdictMixedSetBack', stroke: 'verdictMixedSetBack' },
  { selectors: ['.verdict-undercut.set-back'], fill: 'verdictUndercutSetBack', stroke: 'verdictUndercutSetBack' },
  { selectors: ['.verdict-none.set-back'], fill: 'verdictNoneSetBack', stroke: 'verdictNoneSetBack' },
  // A ring is open: the background shows through it. A glyph is a stroke: knocked out of a disc, or inked in a ring.
  // (Two classes and an element, so that they win over a set-back verdict's colour.)
  { selectors: ['circle.badge-body.badge-open'], fill: 'background' },
  { selectors: ['path.badge-glyph.badge-ink'], fill: 'none' },
  { selectors: ['path.badge-glyph.badge-knockout'], fill: 'none', stroke: 'background' },
  // The weakest evidence of a row, in the muted grey; the faded grey where a step sets the row back.
  { selectors: ['circle.confidence-dot'], stroke: 'muted', fill: 'muted' },
  { selectors: ['circle.confidence-dot.set-back'], stroke: 'faded', fill: 'faded' },
  { selectors: ['circle.confidence-dot.open'], fill: 'background' },
];
