import type { CollectionEntry } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { posts, postsIn } from '../../src/posts/collection';

function entry(id: string, published: string): CollectionEntry<'posts'> {
  return { id, collection: 'posts', data: { title: id, description: id, published: new Date(published) } } as unknown as CollectionEntry<'posts'>;
}

describe('posts', () => {
  test('gives each post its language and slug, and lists one language newest first', () => {
    const all = posts([
      entry('en/older', '2024-01-01'),
      entry('zh/older', '2024-01-01'),
      entry('en/newer', '2024-03-01'),
      entry('zh/newer', '2024-03-01'),
    ]);
    expect(postsIn(all, 'en').map((p) => [p.locale, p.slug])).toEqual([
      ['en', 'newer'],
      ['en', 'older'],
    ]);
  });

  test('a post without its other language stops the build, naming the missing one', () => {
    expect(() => posts([entry('en/lonely', '2024-01-01')])).toThrow('Post "lonely" has no zh version');
  });

  test('a post outside the language folders is an error', () => {
    expect(() => posts([entry('fr/bonjour', '2024-01-01')])).toThrow(/must sit in src\/content\/posts\/<en\|zh>/);
  });
});
