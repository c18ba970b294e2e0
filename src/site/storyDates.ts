/**
 * When the story went out and when its text or data last changed in a way a reader would notice (YYYY-MM-DD). The
 * Article's datePublished and dateModified come from here; change `modified` with the story.
 */
export const storyDates = { published: '2026-11-30', modified: '2026-11-30' } as const;
