import { fontFamily, palettes } from '../charts/shared/theme';

const { background, text, muted, accent, controlled } = palettes.light;
const latinFirst = `'Noto Sans', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', ${fontFamily}`;

/**
 * The shadow root's styles. Important declarations in a shadow tree beat the host page's important ones on the
 * placeholder, so :host holds its ground; everything inside sets its own size in px, since a host may change the
 * root font size that rem reads. The narrow or wide drawing follows the column's width, not the window's.
 */
export const frameStyles = `
:host {
  display: block !important;
  box-sizing: border-box !important;
  width: auto !important;
  max-width: 100% !important;
  min-width: 0 !important;
  height: auto !important;
  float: none !important;
  visibility: visible !important;
  opacity: 1 !important;
}
.frame {
  container-type: inline-size;
  display: block;
  margin: 0;
  padding: 0;
  background: ${background};
  color: ${text};
  font: 400 16px/1.5 ${latinFirst};
  text-align: left;
  text-indent: 0;
  text-transform: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
}
.frame:lang(zh) { font-family: ${fontFamily}; line-height: 1.7; }
figcaption { margin: 0 0 8px; padding: 0; }
.title { display: block; font-size: 18px; font-weight: 700; line-height: 1.35; }
.subtitle { display: block; font-size: 14px; color: ${muted}; }
.svg svg { display: block; width: 100%; height: auto; margin: 0; }
.wide { display: none; }
@container (min-width: 544px) {
  .narrow { display: none; }
  .wide { display: block; }
}
.source, .more { margin: 8px 0 0; font-size: 13px; color: ${muted}; }
.more a { color: ${accent}; text-decoration: underline; }
.more a:focus-visible { outline: 3px solid ${controlled}; outline-offset: 2px; }
`;
