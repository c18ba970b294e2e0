// The self-hosted Noto Sans SC covers Chinese where the reader's system has no CJK face of its own. Its 90-odd KB of
// @font-face rules (one per slice of a hundred-odd files) make the browser restyle and re-lay the page when they
// arrive, so they are linked only when they are needed (the page has Chinese and the system cannot draw it), and
// then after the page has loaded, never holding up the first picture. The layout names the stylesheet in
// <html data-fonts>. The font stacks list it after the system CJK faces. Without JavaScript the system fonts serve.
import { systemDrawsHan } from './hanGlyphs';
import { idle } from './idle';

function linkFonts(): void {
  const href = document.documentElement.dataset['fonts'];
  if (!href || document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}

function linkFontsIfNeeded(): void {
  // The system is asked first: it nearly always draws Chinese, and a canvas costs less than reading the page's text.
  const cjkStack = getComputedStyle(document.documentElement).getPropertyValue('--font-cjk').trim();
  if (systemDrawsHan(cjkStack ? `${cjkStack}, sans-serif` : 'sans-serif')) return;
  if (/\p{Script=Han}/u.test(document.body.textContent ?? '')) linkFonts();
}

if (document.readyState === 'complete') idle(linkFontsIfNeeded);
else window.addEventListener('load', () => idle(linkFontsIfNeeded), { once: true });
