// Loads the browser's ICU data off the main thread (warmIntl.ts): the page's threads share it once loaded. Told the
// page's language, it makes the segmenters and formats the charts first use, then says so and ends.
addEventListener('message', (event: MessageEvent<string>) => {
  const tag = event.data;
  // A first segment found is the break rules loaded.
  new Intl.Segmenter(tag, { granularity: 'word' }).segment('预热 warm up')[Symbol.iterator]().next();
  new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment('warm up')[Symbol.iterator]().next();
  // English dates with a day are written the British way (charts/shared/intl.ts).
  for (const dateTag of tag === 'en' ? ['en', 'en-GB'] : [tag]) {
    new Intl.DateTimeFormat(dateTag, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(0);
  }
  new Intl.NumberFormat(tag).format(1234.5);
  postMessage('warm');
  close();
});
