import { fontSize as fontSizes } from './theme';
import { textWidthEm } from './wrapText';

// A legend's geometry in plain numbers, so that a plot can leave room for the legend before it is drawn.

/** Where each entry of a legend goes: flowed left to right from 0 and wrapped to the width, its x and its row. */
export function legendFlow(
  labels: readonly string[],
  width: number,
  { fontSize, swatchWidth = 15 }: { fontSize: number; swatchWidth?: number | undefined },
): { x: number; row: number }[] {
  let cursor = 0;
  let row = 0;
  return labels.map((label) => {
    const itemWidth = swatchWidth + textWidthEm(label) * fontSize + 16;
    if (cursor > 0 && cursor + itemWidth > width) {
      cursor = 0;
      row += 1;
    }
    const position = { x: cursor, row };
    cursor += itemWidth;
    return position;
  });
}

export const legendRowHeight = (fontSize: number) => fontSize + 8;
const legendRows = (flow: readonly { row: number }[]) => Math.max(0, ...flow.map((p) => p.row)) + 1;

/** The height drawLegend will take for these labels, for a plot that has to start below the legend before it is drawn. */
export function legendHeight(
  labels: readonly string[],
  width: number,
  { fontSize = fontSizes.legend, swatchWidth }: { fontSize?: number; swatchWidth?: number } = {},
): number {
  return legendRows(legendFlow(labels, width, { fontSize, swatchWidth })) * legendRowHeight(fontSize);
}
