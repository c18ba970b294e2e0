import type { ChartUpdater } from '../charts/clientRegistry';

const provided = 'embed-chart-updater';

/** Called by a chart's own embed script once it has loaded: hands its update function to the page. */
export function provideEmbedUpdater(update: ChartUpdater): void {
  document.dispatchEvent(new CustomEvent<ChartUpdater>(provided, { detail: update }));
}

/**
 * Loads one chart's update code as a classic script (a sandboxed frame refuses cross-origin module loads) and
 * resolves with its update function. Only that chart's code comes, and only when a step has to change.
 */
export function loadEmbedUpdater(src: string): Promise<ChartUpdater> {
  return new Promise((resolve, reject) => {
    document.addEventListener(provided, (event) => resolve((event as CustomEvent<ChartUpdater>).detail), { once: true });
    const script = document.createElement('script');
    if (import.meta.env.DEV) script.type = 'module';
    script.src = src;
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}
