import type { ChartHeights } from './chartHeights';

/**
 * The iframe's height in the pasted code, for hosts that run no script: the wide drawing at full size plus
 * room for the title, subtitle, step buttons, source line and links.
 */
export function defaultFrameHeight(heights: ChartHeights): number {
  return Math.ceil((heights.wide + 320) / 10) * 10;
}

/**
 * The same for every step side by side, laid out for the narrowest frame: the phone drawings one under another,
 * each with room for its step's number and caption, plus the title, subtitle, source line and link.
 */
export function stepsFrameHeight(narrowHeights: readonly number[]): number {
  return Math.ceil((narrowHeights.reduce((sum, height) => sum + height + 110, 0) + 220) / 10) * 10;
}
