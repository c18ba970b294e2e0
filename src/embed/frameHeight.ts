import type { ChartHeights } from './chartHeights';

/**
 * The iframe's height in the pasted code, for hosts that run no script: the wide drawing at full size plus
 * room for the title, subtitle, step buttons, source line and links.
 */
export function defaultFrameHeight(heights: ChartHeights): number {
  return Math.ceil((heights.wide + 320) / 10) * 10;
}
