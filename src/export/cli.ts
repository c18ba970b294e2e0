// The export command's entry: `npm run export -- --chart all --lang all --format all`.
// Node runs this file directly (it strips the types). The chart code it loads uses extensionless and JSON
// imports, as Astro and Vitest allow, so it is loaded through a Vite server in middleware mode (Vite comes with
// Astro): the same module graph the build uses, with no bundling step and no browser.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { siteAddress } from '../site/siteAddress.ts';
import type { runExportCli as RunExportCli } from './runCli';

/** The site's address, decided as the build decides it (src/site/siteAddress.ts), and astro.config.mjs's base. */
async function siteAddressAndBase(): Promise<{ site: string; base: string }> {
  const { default: config } = (await import(new URL('../../astro.config.mjs', import.meta.url).href)) as {
    default: { site?: string; base?: string };
  };
  return { site: siteAddress(process.env), base: config.base ?? '/' };
}

const server = await createServer({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true },
});
try {
  const { runExportCli } = (await server.ssrLoadModule(fileURLToPath(new URL('./runCli.ts', import.meta.url)))) as {
    runExportCli: typeof RunExportCli;
  };
  process.exitCode = await runExportCli(process.argv.slice(2), {
    site: siteAddressAndBase,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
} finally {
  await server.close();
}
