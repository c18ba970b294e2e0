// Builds the page the usual way from the site's own story page: the same text, styles, fonts, charts and
// data, but the charts are drawn in the browser by Observable Plot and D3 instead of arriving as SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { build } from 'vite';
import { chartDataPath } from '../../../src/charts/chartDataPath.ts';

export const baselinePath = '/baseline/';

const drawChartsModule = fileURLToPath(new URL('./drawCharts.ts', import.meta.url));
const entryId = 'virtual:baseline-entry';

/** Writes <siteDir>/baseline/: index.html and app.js, one minified bundle holding the data; returns the chart ids. */
export async function buildBaseline(siteDir: string, storyPath = '/en/'): Promise<string[]> {
  const dom = new JSDOM(readFileSync(join(siteDir, storyPath, 'index.html'), 'utf8'));
  const document = dom.window.document;
  const dataByChart: Record<string, unknown> = {};
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    const payload = figure.querySelector('script[data-chart-payload]');
    const id = figure.dataset['chart'] ?? '';
    // A story figure marked data-redraw fetches its chart's data file (chartDataPath); an embed-style payload carries it inline.
    const { data } = payload?.textContent ? (JSON.parse(payload.textContent) as { data?: unknown }) : {};
    const dataFile = figure.hasAttribute('data-redraw') ? chartDataPath(id, '/') : undefined;
    if (data === undefined && !dataFile) throw new Error(`${storyPath}: chart "${id}" names no data to build the baseline from`);
    dataByChart[id] = data ?? (JSON.parse(readFileSync(join(siteDir, dataFile!), 'utf8')) as unknown);
    payload?.remove();
    figure.removeAttribute('data-redraw');
    for (const holder of figure.querySelectorAll('.chart-svg')) holder.replaceChildren();
  }
  if (Object.keys(dataByChart).length === 0) throw new Error(`${storyPath} has no charts to build the baseline from`);
  // No site scripts, and no Content-Security-Policy: Plot writes inline styles, and the usual page has none.
  for (const element of document.querySelectorAll('script[type="module"], link[rel="modulepreload"], meta[http-equiv="content-security-policy"]')) {
    element.remove();
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${baselinePath}app.js`;
  document.head.append(script);

  const outDir = join(siteDir, baselinePath);
  mkdirSync(outDir, { recursive: true });
  // The data travels as JSON inside the bundle, as an imported .json file would.
  const entry = `import { drawCharts } from ${JSON.stringify(drawChartsModule)};\ndrawCharts(JSON.parse(${JSON.stringify(JSON.stringify(dataByChart))}));\n`;
  // A Vite production build, as a project made with `npm create vite` would ship it.
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [
      {
        name: 'baseline-entry',
        resolveId: (id) => (id === entryId ? `\0${entryId}` : undefined),
        load: (id) => (id === `\0${entryId}` ? entry : undefined),
      },
    ],
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: { input: entryId, output: { entryFileNames: 'app.js' } },
    },
  });
  writeFileSync(join(outDir, 'index.html'), dom.serialize());
  return Object.keys(dataByChart);
}
