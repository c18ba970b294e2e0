// npm run bench: builds the site, the usual-way baseline and the bare-document control into a temporary folder,
// serves them on loopback compressed as the host would (Brotli, else gzip), measures them in Chromium, prints the
// comparison and writes tests/bench/results/latest.{json,md}.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { build } from 'astro';
import { builtPages } from '../support/builtSite.ts';
import { bareDocumentPath, buildBareDocument } from './baseline/buildBareDocument.ts';
import { baselinePath, buildBaseline } from './baseline/buildBaseline.ts';
import { measurePage, type PageResult } from './measurePage.ts';
import { median } from './median.ts';
import { launchChromium } from './mobile.ts';
import { markdownReport, type BenchResults } from './report.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { checkTargets } from './targets.ts';

const port = Number(process.env['BENCH_PORT'] ?? 4420);
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const log = (line: string) => console.error(`bench: ${line}`);

/** The site exactly as `astro build` makes it, but into outDir: dist/ belongs to the test run. */
const buildSite = (outDir: string) => build({ root: projectRoot, outDir, logLevel: 'error' });

// Other work on the machine slows every timing: the load average before and after is kept with the results.
const loadBefore = loadavg()[0] ?? 0;
const siteDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
let server: StaticServer | undefined;
let browser: Browser | undefined;
try {
  log(`building the site into ${siteDir}`);
  await buildSite(siteDir);
  const embedPage = builtPages(siteDir).find((path) => path.startsWith('/embed/'));
  log('building the usual-way baseline');
  await buildBaseline(siteDir);
  log('building the bare-document control');
  buildBareDocument(siteDir);
  server = await startServer({ root: siteDir, port, compress: true });
  browser = await launchChromium();
  log(`serving on ${server.origin}, measuring in Chromium ${browser.version()}`);

  const site: PageResult[] = [];
  for (const path of ['/en/', '/zh/']) site.push(await measurePage(browser, server.origin, path, 'story', log));
  if (embedPage) site.push(await measurePage(browser, server.origin, embedPage, 'embed', log));
  else log('no /embed/ page is built: the embed measurements are left out');
  const baseline = await measurePage(browser, server.origin, baselinePath, 'baseline', log);
  const control = await measurePage(browser, server.origin, bareDocumentPath, 'control', log);

  const measured = [...site, baseline];
  const results: BenchResults = {
    date: new Date().toISOString(),
    environment: {
      chromium: browser.version(),
      lighthouse: baseline.lighthouse.lighthouseVersion,
      benchmarkIndex: Math.round(median(measured.map((p) => p.lighthouse.benchmarkIndex))),
      node: process.versions.node,
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cpus: cpus().length,
      loadAverage: [loadBefore, loadavg()[0] ?? 0].map((load) => Math.round(load * 10) / 10) as [number, number],
    },
    site,
    baseline,
    control,
    targets: checkTargets(site),
  };
  const markdown = markdownReport(results);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), markdown);
  process.stdout.write(`\n${markdown}\n`);
  log(`results written to ${join(resultsDir, 'latest.json')} and latest.md`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(siteDir, { recursive: true, force: true });
}
