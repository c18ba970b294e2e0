// Chinese text paints first in the reader's own CJK font; the self-hosted Noto Sans SC (megabytes of glyphs over
// many ranges) is fetched once the page has loaded, so it never holds up the first picture. Without JavaScript
// the system fonts of the stack serve.
function loadFonts(): void {
  void import('../styles/fonts.css');
}

function whenIdle(): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(loadFonts, { timeout: 2000 });
  else setTimeout(loadFonts, 200);
}

if (document.readyState === 'complete') whenIdle();
else window.addEventListener('load', whenIdle, { once: true });
