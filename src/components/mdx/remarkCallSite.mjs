import { relative } from 'node:path';

/** The MDX elements that look data up by id and should say where they were written when an id is wrong. */
const lookups = new Set(['Cite', 'Value']);

/**
 * Gives every <Cite> and <Value> in an MDX file a `from` attribute, "src/content/…/file.mdx:12", so an unknown
 * source id or value key stops the build with the file and line named.
 * @returns {(tree: any, file: { path?: string; history?: string[] }) => void}
 */
export function remarkCallSite() {
  return (tree, file) => {
    const path = relative(process.cwd(), file.path ?? file.history?.[0] ?? 'an MDX file');
    /** @param {any} node */
    const visit = (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && lookups.has(node.name)) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'from', value: `${path}:${node.position?.start.line ?? '?'}` });
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
