/**
 * Whether a drawing is laid out to a height shorter than the chart's own for its width: a short screen's drawing,
 * which sits beside its step's card (src/charts/widths.ts, `shortDrawing`). Such a drawing leaves out the step's
 * note, which the card beside it tells, and gives that room to the marks.
 */
export function drawnShort(height: number, ownHeight: number): boolean {
  return height < ownHeight;
}
