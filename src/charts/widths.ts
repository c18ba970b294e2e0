/**
 * The two widths every chart is drawn at, in CSS pixels: 360 for phones (and the phone-sized export), 720 for
 * wider screens (and the standard export). global.css shows one or the other by screen size.
 */
export const figureWidths = { narrow: 360, wide: 720 } as const;

export type FigureLayout = keyof typeof figureWidths;

/** Both drawings, narrow first, as the figures lay them out. */
export const figureLayouts = (Object.keys(figureWidths) as FigureLayout[]).map((name) => ({ name, width: figureWidths[name] }));

/**
 * Phones held sideways (740 × 360, 667 × 375, 844 × 390): too short for either drawing, which would shrink there
 * until its text was 7 px. The browser draws a third, laid out to this height beside a column of cards, at the
 * widest of these widths that its column holds (src/client/shortDrawing.ts). Never in the built HTML.
 */
export const shortDrawing = { widths: [360, 400, 440], height: 280 } as const;
