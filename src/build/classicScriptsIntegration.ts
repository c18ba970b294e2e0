// Builds the classic scripts (src/build/classicScripts.ts) inside `astro build` and serves them in `astro dev`. Pages
// learn their addresses from the module `virtual:classic-scripts`; the build writes the files once the pages are done.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { bundleClassicScripts, classicEntries, classicScriptPath, type ClassicEntry, type ClassicScript } from './classicScripts.ts';

const moduleId = 'virtual:classic-scripts';
const resolvedId = `\0${moduleId}`;

/** The module pages import: each script's address by name, under the site's base. */
function addressesModule(scripts: readonly { name: string; path: string }[], base: string): string {
  return `export const classicScriptUrls = ${JSON.stringify(Object.fromEntries(scripts.map(({ name, path }) => [name, `${base}${path}`])))};`;
}

/** In dev, a script keeps one address and is bundled afresh each time it is asked for, so an edit shows on reload. */
function devServer(root: string, entries: readonly ClassicEntry[], base: string, assetsFolder: string): (server: ViteDevServer) => void {
  return (server) => {
    server.middlewares.use((request, response, next) => {
      const path = new URL(request.url ?? '/', 'http://dev').pathname;
      const entry = entries.find((candidate) => `${base}${classicScriptPath(candidate, assetsFolder)}` === path);
      if (!entry) return next();
      bundleClassicScripts(root, [entry], { assetsFolder, hashed: false }).then(
        ([script]) => response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script!.code),
        (error: unknown) => next(error),
      );
    });
  };
}

export function classicScripts(): AstroIntegration {
  // Bundled once per build, when a page first asks for an address; written beside the pages at the end.
  let bundled: Promise<ClassicScript[]> | undefined;
  let bundle: () => Promise<ClassicScript[]> = () => Promise.resolve([]);

  return {
    name: 'classic-scripts',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const base = config.base.replace(/\/?$/, '/');
        const assetsFolder = config.build.assets;
        const entries = classicEntries(root);
        bundle = () => (bundled ??= bundleClassicScripts(root, entries, { assetsFolder, hashed: true }));
        const dev = command === 'dev';
        const plugin: Plugin = {
          name: 'classic-scripts',
          resolveId: (id) => (id === moduleId ? resolvedId : undefined),
          load: async (id) => {
            if (id !== resolvedId) return undefined;
            const scripts = dev ? entries.map((entry) => ({ name: entry.name, path: classicScriptPath(entry, assetsFolder) })) : await bundle();
            return addressesModule(scripts, base);
          },
          ...(dev ? { configureServer: devServer(root, entries, base, assetsFolder) } : {}),
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': async ({ dir }) => {
        for (const { path, code } of await bundle()) {
          const file = fileURLToPath(new URL(path, dir));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, code);
        }
      },
    },
  };
}
