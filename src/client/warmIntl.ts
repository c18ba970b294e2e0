import { idle } from './idle';
import { whenReaderScrolls } from './readerIntent';

// The first Intl.Segmenter and Intl.DateTimeFormat a page makes load the browser's ICU data, some tens of
// milliseconds on a slow phone; later ones reuse it. Making one of each in idle moments once the reader starts
// scrolling keeps that cost off their first step change, which wraps labels and formats dates.
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
  next();
}

whenReaderScrolls(warm);
