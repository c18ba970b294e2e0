// The media queries that pick the story's layouts, once for the code that reads them; global.css writes the same
// (tests/unit/screenLayouts.test.ts holds the two together).

/** Phones held sideways, and other screens too short for a drawing above the cards: the short layout. */
export const shortScreenQuery = '(orientation: landscape) and (max-height: 32rem)';

/** Laptops and wider: steps beside the chart, with the laptop's step buttons and shown step status. */
export const wideScreenQuery = '(min-width: 64rem)';

/** Steps beside the chart: wide screens, and short ones. */
export const sideBySideQuery = `${wideScreenQuery}, ${shortScreenQuery}`;

/** Where the wide drawing takes over from the narrow one. */
export const wideDrawingQuery = '(min-width: 34rem)';
