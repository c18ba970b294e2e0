import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The story, one MDX file per section and language: src/content/story/<en|zh>/<nn-slug>.mdx. */
const story = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/story' }),
  schema: z.object({
    title: z.string().min(1),
    kicker: z.string().min(1),
  }),
});

/** Posts that reuse the charts: src/content/posts/<en|zh>/<slug>.mdx, the same slugs in both languages. */
const posts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/posts' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    published: z.coerce.date(),
    /** When the post last changed in substance; its structured data's dateModified. */
    updated: z.coerce.date().optional(),
  }),
});

export const collections = { story, posts };
