/**
 * Watches the document's height and reports it in whole pixels (rounded up, so the host never cuts the last
 * pixel row), once on start, on every change, and again whenever asked. The measure is the root element's own
 * box, which follows the content and not the frame, so a frame taller than its content still shrinks.
 */
export function watchHeight(document: Document, report: (height: number) => void): { resend: () => void } {
  const root = document.documentElement;
  let last = -1;
  const check = (force: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    report(height);
  };
  new ResizeObserver(() => check(false)).observe(root);
  // A frame off screen may get no rendering updates, so no observer callbacks: measure on load regardless.
  check(true);
  document.defaultView?.addEventListener('load', () => check(false));
  void document.fonts.ready.then(() => check(false));
  return { resend: () => check(true) };
}
