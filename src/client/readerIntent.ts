import { idle } from './idle';

// Work done ahead for the reader (loading ICU data, rehearsing a chart's moves) waits until they scroll: a reader
// who scrolls is on the way to a step change, one who does not never needs it, and the page's load stays quiet.
let scrolled = false;
const waiting: (() => void)[] = [];

window.addEventListener(
  'scroll',
  () => {
    scrolled = true;
    for (const callback of waiting.splice(0)) idle(callback);
  },
  { once: true, passive: true },
);

/** Runs callback in an idle moment once the reader has scrolled (at once, if they already have). */
export function whenReaderScrolls(callback: () => void): void {
  if (scrolled) idle(callback);
  else waiting.push(callback);
}
