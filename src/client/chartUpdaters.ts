import type { ChartUpdater } from '../charts/shared/browser/updater';

export type { ChartUpdater } from '../charts/shared/browser/updater';

/** Each chart's browser module, `src/charts/<folder>/browser/<id>.update.ts`: one chunk each, loaded only when a page holds that chart. */
const modules = import.meta.glob<{ default: ChartUpdater }>('../charts/*/browser/*.update.ts');

/** Browser side: each chart's update function by chart id, fetched on first use. */
export const chartUpdaters: Record<string, () => Promise<ChartUpdater>> = Object.fromEntries(
  Object.entries(modules).map(([path, load]) => [path.replace(/^.*\/(.+)\.update\.ts$/, '$1'), async () => (await load()).default]),
);
