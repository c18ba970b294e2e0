// Loaded by astro.config.mjs in plain Node, before Vite runs: erasable TypeScript, and no imports of the site's own
// modules, which Vite resolves.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const moduleId = 'virtual:theme.css';
const resolvedId = `\0${moduleId}`;
const generator = fileURLToPath(new URL('./themeCss.ts', import.meta.url));

/**
 * `virtual:theme.css`, the site's colours as a stylesheet (themeCss.ts), written from the palette when the site is
 * built. It is bundled with the site's other CSS, so it reaches the page, and the CSP's hashes, as they do.
 */
export function themeStylesheet(): Plugin {
  return {
    name: 'theme-stylesheet',
    resolveId: (source) => (source === moduleId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      // Through Vite's module runner, as the generator's imports (and the charts' files it finds by glob) need.
      const { module, dependencies } = await runnerImport<{ themeCss: () => string }>(generator);
      for (const file of dependencies) this.addWatchFile(file);
      return module.themeCss();
    },
  };
}
