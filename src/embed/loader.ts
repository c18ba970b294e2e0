// The loader for the embedded charts, served as /embed.js: a classic script other sites paste after our iframes.
// It sets each of our iframes to the height its page reports, so the chart fits at any width. No inline code;
// loading it twice is harmless. A message is taken only from a frame on this page showing our origin
// (event.source), sent from our origin (or from the opaque origin of a frame sandboxed without
// allow-same-origin), with a whole height in range.
import { heightRequest, reportedHeight } from './messages';

const minHeight = 100;
const maxHeight = 20000;

function startLoader(script: HTMLOrSVGScriptElement | null): void {
  const origin = script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : '';
  // One listener per origin, however many embeds paste the script.
  const registry = window as Window & { lastLoopholeEmbed?: Record<string, boolean> };
  const loaded = (registry.lastLoopholeEmbed ??= {});
  if (!origin || loaded[origin]) return;
  loaded[origin] = true;

  const showsOurOrigin = (frame: HTMLIFrameElement) => {
    try {
      return new URL(frame.src, location.href).origin === origin;
    } catch {
      return false;
    }
  };
  const hasOpaqueOrigin = (frame: HTMLIFrameElement) => {
    const sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  };
  const frames = () => [...document.getElementsByTagName('iframe')];

  window.addEventListener('message', (event) => {
    const height = reportedHeight(event.data);
    if (typeof height !== 'number' || !Number.isInteger(height) || height < minHeight || height > maxHeight) return;
    const frame = frames().find((f) => event.source !== null && f.contentWindow === event.source);
    if (!frame || !showsOurOrigin(frame)) return;
    if (event.origin !== origin && !(event.origin === 'null' && hasOpaqueOrigin(frame))) return;
    // Through the CSSOM, which a host's Content-Security-Policy allows even where it blocks style attributes.
    frame.style.height = `${height}px`;
    frame.style.border = '0';
    frame.setAttribute('height', String(height));
  });

  // Frames that reported before this script ran are asked again.
  for (const frame of frames()) if (showsOurOrigin(frame)) frame.contentWindow?.postMessage(heightRequest, '*');
}

startLoader(document.currentScript);
