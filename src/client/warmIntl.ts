import { whenReaderScrolls } from './readerIntent';

// The first Intl.Segmenter, Intl.DateTimeFormat and Intl.NumberFormat a page makes load the browser's ICU data: up
// to 140 ms on the main thread of a slow phone at 4x, and not to be cut into pieces. The page's threads share what is
// loaded, so a worker asks for it: the charts' first step change, which wraps labels and formats dates and numbers,
// finds it loaded, and the main thread never waits for it.
let loaded: () => void;
/** Settles once the worker has loaded the ICU data (or could not start): work that wraps text waits for it. */
export const intlLoaded = new Promise<void>((resolve) => (loaded = resolve));

function warm(): void {
  try {
    // A file of the site's own, as the page's Content-Security-Policy allows (worker-src falls back to script-src 'self').
    const worker = new Worker(new URL('./intlWarmer.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', () => loaded(), { once: true });
    worker.addEventListener('error', () => loaded(), { once: true });
    worker.postMessage(document.documentElement.lang || 'en');
  } catch {
    // A page that may not start workers loads the data at its first step change instead.
    loaded();
  }
}

whenReaderScrolls(warm);
