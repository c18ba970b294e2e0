import { whenReaderScrolls } from './readerIntent';

// The first Intl.Segmenter, Intl.DateTimeFormat and Intl.NumberFormat a page makes load the browser's ICU data: up
// to 140 ms on the main thread of a slow phone at 4x, and not to be cut into pieces. The page's threads share what is
// loaded, so a worker asks for it: the charts' first step change, which wraps labels and formats dates and numbers,
// finds it loaded, and the main thread never waits for it.
function warmingScript(tag: string): string {
  const dateOptions = "{ year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }";
  // English dates with a day are written the British way (charts/shared/intl.ts).
  const dateTags = JSON.stringify(tag === 'en' ? ['en', 'en-GB'] : [tag]);
  return `[...new Intl.Segmenter(${JSON.stringify(tag)}, { granularity: 'word' }).segment('warm up 预热')];
[...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment('warm up')];
for (const t of ${dateTags}) new Intl.DateTimeFormat(t, ${dateOptions}).format(0);
new Intl.NumberFormat(${JSON.stringify(tag)}).format(1234.5);
postMessage('warm');
close();`;
}

let loaded: () => void;
/** Settles once the worker has loaded the ICU data (or could not start): work that wraps text waits for it. */
export const intlLoaded = new Promise<void>((resolve) => (loaded = resolve));

function warm(): void {
  try {
    // Written into its address: nothing to fetch, nothing to release.
    const worker = new Worker(`data:text/javascript,${encodeURIComponent(warmingScript(document.documentElement.lang || 'en'))}`);
    worker.addEventListener('message', () => loaded(), { once: true });
    worker.addEventListener('error', () => loaded(), { once: true });
  } catch {
    // A page that may not start workers loads the data at its first step change instead.
    loaded();
  }
}

whenReaderScrolls(warm);
