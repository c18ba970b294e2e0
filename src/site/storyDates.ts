/**
 * When the story first went out (YYYY-MM-DD): the Article's datePublished. Its dateModified is the latest entry of
 * the corrections log (data/corrections.csv), so the two cannot disagree.
 */
export const storyDates = { published: '2026-11-27' } as const;
