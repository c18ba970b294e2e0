/** A DOM node as plain data: text, or [tag, attributes, children]. The loader rebuilds it with createElementNS. */
export type SnippetNode = string | [tag: string, attributes: Record<string, string>, children: SnippetNode[]];

/** What a fragment script hands to the loader: the chart's figure and the styles of its shadow root. */
export interface SnippetPayload {
  css: string;
  tree: SnippetNode;
}
