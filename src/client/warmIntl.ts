// The first Intl.Segmenter and Intl.DateTimeFormat a page makes load the browser's ICU data, some tens of
// milliseconds on a slow phone; later ones reuse it. Making one of each while the page is idle after loading
// keeps that cost off the reader's first step change, which wraps labels and formats dates.
function warm(): void {
  const tag = document.documentElement.lang || 'en';
  const steps = [
    () => [...new Intl.Segmenter(tag, { granularity: 'word' }).segment('warm up')],
    () => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(0),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) idle(next);
  };
  idle(next);
}

function idle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: 3000 });
  else setTimeout(callback, 100);
}

if (document.readyState === 'complete') warm();
else window.addEventListener('load', warm, { once: true });
