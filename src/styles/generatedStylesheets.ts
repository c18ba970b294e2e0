// Loaded by astro.config.mjs in plain Node, before Vite runs: erasable TypeScript, and no imports of the site's own
// modules, which Vite resolves.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

/** Each stylesheet written when the site is built: its virtual module id, and the generator that writes it. */
const stylesheets: Record<string, { generator: URL; exportName: string }> = {
  // The site's colours, from the palette.
  'virtual:theme.css': { generator: new URL('./themeCss.ts', import.meta.url), exportName: 'themeCss' },
  // Each drawing's proportions, from the charts' heights, so a drawing not yet laid out keeps its real size.
  'virtual:drawing-sizes.css': { generator: new URL('./drawingSizesCss.ts', import.meta.url), exportName: 'drawingSizesCss' },
};

/**
 * The stylesheets written from the site's own code when it is built (the colours, the drawings' sizes). They are
 * bundled with the site's other CSS, so they reach the page, and the CSP's hashes, as they do.
 */
export function generatedStylesheets(): Plugin {
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'generated-stylesheets',
    resolveId: (source) => (source in stylesheets ? resolved(source) : undefined),
    async load(id) {
      const entry = Object.entries(stylesheets).find(([moduleId]) => resolved(moduleId) === id)?.[1];
      if (!entry) return undefined;
      // Through Vite's module runner, as the generator's imports (the charts' files among them) need.
      const file = fileURLToPath(entry.generator);
      const { module, dependencies } = await runnerImport<Record<string, () => string>>(file);
      for (const dependency of dependencies) this.addWatchFile(dependency);
      return module[entry.exportName]!();
    },
  };
}
