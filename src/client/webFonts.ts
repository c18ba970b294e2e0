// The page paints first in the reader's own fonts; the self-hosted Noto faces are fetched once it has loaded, so
// they never hold up the first picture. Without JavaScript the system fonts of the stack serve.
function loadFonts(): void {
  void import('../styles/fonts.css');
}

function whenIdle(): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(loadFonts, { timeout: 2000 });
  else setTimeout(loadFonts, 200);
}

if (document.readyState === 'complete') whenIdle();
else window.addEventListener('load', whenIdle, { once: true });
