import type { Element, ElementContent, Root } from 'hast';
import { headingPieces } from '../headingBreaks';

const headings = new Set(['h1', 'h2', 'h3', 'h4']);

/** The pieces of one text node, with a <wbr> between them. */
function withBreaks(text: string): ElementContent[] {
  return headingPieces(text, 'zh').flatMap((piece, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } satisfies Element] : []),
    { type: 'text', value: piece },
  ]);
}

function breakHeadings(node: Root | Element, inHeading: boolean): void {
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && inHeading) return withBreaks(child.value);
    if (child.type === 'element') breakHeadings(child, inHeading || headings.has(child.tagName));
    return [child];
  }) as typeof node.children;
}

/**
 * Chinese headings written in Markdown break between words, as the site's own headings do (lineBreaks.ts): a <wbr>
 * wherever a line may break. The posts' language is the folder they are written in.
 */
export function rehypeHeadingBreaks() {
  return (tree: Root, file: { path?: string }) => {
    if (/[\\/]zh[\\/]/.test(file.path ?? '')) breakHeadings(tree, false);
  };
}
