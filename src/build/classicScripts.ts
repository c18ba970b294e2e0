// The site's classic scripts, built one way: each is one self-contained IIFE that Vite bundles from TypeScript.
// Classic, not modules: a module script from another origin, or in a frame sandboxed without allow-same-origin, is
// fetched with CORS, which not every host allows. They are the two that other sites paste (/embed.js, /snippet/v1.js)
// and the embed pages' own: the page's script, its theme script and each chart's moving parts.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { build, type Plugin } from 'vite';
import { locales, type Locale } from '../i18n/locales.ts';

export interface ClassicEntry {
  /** Its name among the classic scripts, and the start of its file name. */
  name: string;
  /** The module it is bundled from, relative to the project's root. */
  source: string;
  /** The address other sites paste, which never moves; a script without one is named by its content. */
  publicPath?: string;
  /** For a page in this language only: the UI strings it carries are this language's. */
  locale?: Locale;
}

export interface ClassicScript {
  name: string;
  /** Where it is served, under the site's base, with no leading slash. */
  path: string;
  code: string;
}

/**
 * Every classic script the site serves. Each chart's moving parts are found by file name, browser/<id>.update.ts,
 * and bundled once per language (chart-<id>.<lang>), since they carry the UI strings of the page they move.
 */
export function classicEntries(root: string): ClassicEntry[] {
  const chartCode = readdirSync(join(root, 'src/charts'), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => /^[^/]+\/browser\/[^/]+\.update\.ts$/.test(path))
    .sort()
    .flatMap((path) => locales.map((locale) => ({ name: `chart-${basename(path, '.update.ts')}.${locale}`, source: `src/charts/${path}`, locale })));
  return [
    { name: 'embed-loader', source: 'src/embed/loader.ts', publicPath: 'embed.js' },
    { name: 'snippet-loader', source: 'src/snippet/loaderScript.ts', publicPath: 'snippet/v1.js' },
    { name: 'embed-child', source: 'src/client/embedChild.ts' },
    { name: 'embed-theme', source: 'src/client/embedTheme.ts' },
    ...chartCode,
  ];
}

/** A content hash for a file name, as Vite names its own assets: eight URL-safe characters. */
const contentHash = (code: string) => createHash('sha256').update(code).digest('base64url').slice(0, 8);

/**
 * Where a script is served, under the site's base: its public address, else in the build's assets folder, its name
 * carrying a hash of its content where one is given (the build, whose assets are cached for good).
 */
export function classicScriptPath({ name, publicPath }: ClassicEntry, assetsFolder: string, hash?: string): string {
  return publicPath ?? `${assetsFolder}/${hash ? `${name}.${hash}` : name}.js`;
}

/**
 * The UI strings of one language, in place of `#ui-strings`, which in the browser names the page's language and
 * fetches its strings as they are needed (src/i18n/browser/pageStrings.ts): a classic script cannot wait for them.
 */
function oneLanguage(root: string, locale: Locale): Plugin {
  const id = `\0ui-strings:${locale}`;
  return {
    name: 'one-language-ui-strings',
    enforce: 'pre',
    resolveId: (source) => (source === '#ui-strings' ? id : undefined),
    load: (source) =>
      source === id
        ? `import strings from ${JSON.stringify(join(root, `src/content/ui/${locale}.json`))};\nexport const dictionaries = { ${locale}: strings };\n`
        : undefined,
  };
}

/** Bundles the entries, each on its own, named as classicScriptPath names them: with a content hash where `hashed`. */
export function bundleClassicScripts(
  root: string,
  entries: readonly ClassicEntry[],
  { assetsFolder, hashed }: { assetsFolder: string; hashed: boolean },
): Promise<ClassicScript[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const result = await build({
        root,
        configFile: false,
        publicDir: false,
        logLevel: 'silent',
        plugins: entry.locale ? [oneLanguage(root, entry.locale)] : [],
        build: {
          write: false,
          minify: true,
          // The loaders run on other sites' pages, read by older browsers than ours.
          target: 'es2020',
          // A script run for what it does: nothing of it is left behind as a global.
          rolldownOptions: { input: entry.source, output: { format: 'iife', exports: 'none' } },
        },
      });
      const [bundle] = Array.isArray(result) ? result : [result];
      const code = bundle && 'output' in bundle ? bundle.output[0].code : undefined;
      if (code === undefined) throw new Error(`${entry.source} was bundled into nothing`);
      return { name: entry.name, path: classicScriptPath(entry, assetsFolder, hashed ? contentHash(code) : undefined), code };
    }),
  );
}
