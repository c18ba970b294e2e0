/**
 * The two widths every chart is drawn at, in CSS pixels: 360 for phones (and the phone-sized export), 720 for
 * wider screens (and the standard export). global.css shows one or the other by screen size.
 */
export const figureWidths = { narrow: 360, wide: 720 } as const;

export type FigureLayout = keyof typeof figureWidths;

/** Both drawings, narrow first, as the figures lay them out. */
export const figureLayouts = (Object.keys(figureWidths) as FigureLayout[]).map((name) => ({ name, width: figureWidths[name] }));
