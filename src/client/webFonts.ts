// Chinese text paints first in the reader's own CJK font; the self-hosted Noto Sans SC (megabytes of glyphs over
// many ranges, and 100 KB of @font-face rules to describe them) is linked once the page has loaded, so it never
// holds up the first picture. The layout names the stylesheet in <html data-fonts>. Without JavaScript the
// system fonts of the stack serve.
function linkFonts(): void {
  const href = document.documentElement.dataset['fonts'];
  if (!href || document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function whenIdle(): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(linkFonts, { timeout: 2000 });
  else setTimeout(linkFonts, 200);
}

if (document.readyState === 'complete') whenIdle();
else window.addEventListener('load', whenIdle, { once: true });
