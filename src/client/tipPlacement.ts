/** A box in the coordinates of the chart's graphic: what a tip is placed against. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const gap = 8;

/**
 * Where a mark's evidence tip goes: beside the mark (right, then left), else below or above it, whichever fits inside
 * the area it may use; then it never covers the mark. Where no side fits whole (a tall tip for a row as wide as the
 * chart), it takes the side with the most room and is moved back into the area until its first line is in it: a tip
 * read from its start matters more than keeping clear of a mark that is already marked as the one inspected.
 */
export function placeTip(mark: Box, tip: { width: number; height: number }, area: Box): { left: number; top: number } {
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));
  const [areaRight, areaBottom] = [area.left + area.width, area.top + area.height];
  const [markRight, markBottom] = [mark.left + mark.width, mark.top + mark.height];
  const middleY = clamp(mark.top + mark.height / 2 - tip.height / 2, area.top, areaBottom - tip.height);
  const middleX = clamp(mark.left + mark.width / 2 - tip.width / 2, area.left, areaRight - tip.width);
  const sides = [
    { room: areaRight - markRight - gap, need: tip.width, at: { left: markRight + gap, top: middleY } },
    { room: mark.left - area.left - gap, need: tip.width, at: { left: mark.left - gap - tip.width, top: middleY } },
    { room: areaBottom - markBottom - gap, need: tip.height, at: { left: middleX, top: markBottom + gap } },
    { room: mark.top - area.top - gap, need: tip.height, at: { left: middleX, top: mark.top - gap - tip.height } },
  ];
  // Beside the mark only where the tip fits the area's height too; below or above otherwise.
  const fits = sides.find((side, i) => side.room >= side.need && (i > 1 || tip.height <= area.height));
  if (fits) return fits.at;
  const vertical = sides.slice(2);
  const roomiest = vertical.reduce((best, side) => (side.room > best.room ? side : best)).at;
  return { left: roomiest.left, top: Math.max(area.top, Math.min(roomiest.top, areaBottom - tip.height)) };
}
