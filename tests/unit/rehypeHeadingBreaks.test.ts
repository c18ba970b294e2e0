import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingBreaks } from '../../src/components/mdx/rehypeHeadingBreaks';

const heading = (tagName: string, text: string): Element => ({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value: text }] });
const tree = (): Root => ({
  type: 'root',
  children: [heading('h2', '美国为何要关上云计算训练模型这扇门'), heading('p', '美国为何要关上云计算训练模型这扇门')],
});

describe('Chinese headings written in Markdown break between words', () => {
  test('a long Chinese heading gets a <wbr> between words, and a paragraph keeps its text as it was', () => {
    const root = tree();
    rehypeHeadingBreaks()(root, { path: '/site/src/content/posts/zh/post.mdx' });
    const html = toHtml(root);
    const [h2, p] = html.split('</h2>');
    expect(h2).toContain('<wbr>');
    expect(h2!.replace(/<[^>]+>/g, '')).toBe('美国为何要关上云计算训练模型这扇门');
    expect(p).not.toContain('<wbr>');
  });

  test('an English post is left alone', () => {
    const root = tree();
    rehypeHeadingBreaks()(root, { path: '/site/src/content/posts/en/post.mdx' });
    expect(toHtml(root)).not.toContain('<wbr>');
  });
});
