import { updaterEvent, type ChartUpdater } from '../charts/shared/browser/updater';

/**
 * Loads one chart's update code as a classic script (a sandboxed frame refuses cross-origin module loads) and
 * resolves with its update function, which the chart's module hands over by an event as it runs
 * (src/charts/shared/browser/updater.ts). Only that chart's code comes, and only when a step has to change.
 */
export function loadEmbedUpdater(src: string): Promise<ChartUpdater> {
  return new Promise((resolve, reject) => {
    document.addEventListener(updaterEvent, (event) => resolve((event as CustomEvent<ChartUpdater>).detail), { once: true });
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}
