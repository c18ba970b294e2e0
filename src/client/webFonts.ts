// The self-hosted Noto Sans SC covers Chinese where the reader's system has no CJK face of its own. Its 90-odd KB of
// @font-face rules (one per slice of a hundred-odd files) are linked once the page has loaded, so they never hold
// up the first picture; the layout names the stylesheet in <html data-fonts>. The font stacks list it after the
// system CJK faces, so the browser fetches its files only for characters none of those has. Without JavaScript
// the system fonts of the stack serve.
import { idle } from './idle';

function linkFonts(): void {
  const href = document.documentElement.dataset['fonts'];
  if (!href || document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}

if (document.readyState === 'complete') idle(linkFonts);
else window.addEventListener('load', () => idle(linkFonts), { once: true });
