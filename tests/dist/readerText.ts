// The text a reader of a built page sees or hears: prose, UI, the charts' SVG text and accessible names.
const inline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Text runs of an HTML page: inline tags joined, block tags, SVG lines (tspan) and attributes apart. */
export function readerText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|alt|title|content)="([^"]*)"/g)].map((m) => m[1]!);
  const body = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '\n')
    .replace(/<\/?([a-zA-Z][\w-]*)[^>]*>/g, (_, tag: string) => (inline.has(tag.toLowerCase()) ? '' : '\n'));
  return [body, ...attributes]
    .join('\n')
    .replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole));
}
