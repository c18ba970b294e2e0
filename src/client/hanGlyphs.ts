// Whether the reader's system has a face that draws Chinese. Chinese readers' systems all do, and so do most others';
// only where none does is the self-hosted Noto Sans SC worth its cost (its @font-face rules make the browser restyle
// the whole page when they arrive). A Han glyph is as wide as the type is tall in every CJK face; the box a browser
// draws for a character no face has (a .notdef glyph, or Firefox's box of hex digits) is narrower.

const size = 100;

/** True if the system draws a Han character in `fontStack` with a real glyph. A canvas that cannot be had answers false: the web font then serves. */
export function systemDrawsHan(fontStack: string): boolean {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return false;
  context.font = `${size}px ${fontStack}`;
  return context.measureText('永').width >= size * 0.9;
}
