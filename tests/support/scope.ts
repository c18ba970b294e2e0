// How much of the browser suite runs. `npm test` runs all of it; `npm run test:quick` (TEST_SCOPE=quick) runs each
// browser check in one language at one width, for a fast loop while working.
export const quick = process.env['TEST_SCOPE'] === 'quick';

/** Keeps the first of a list of languages, widths or screens in the quick run, all of them otherwise. */
export const inScope = <T>(all: readonly T[]): readonly T[] => (quick ? all.slice(0, 1) : all);

export const languages = inScope(['en', 'zh'] as const);

/** The widths every built page is checked at: a phone and a laptop. */
export const gateViewports = inScope([
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const);
