import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from '@playwright/test';
import { madeUpSite, type StaticServer } from '../support/server';
import { rehome } from './snippetHosts';

/** The site's manifest as the embed tests read it. */
export interface Manifest {
  embedScript: string;
  charts: { id: string; steps: number; title: Record<string, string>; embed: Record<string, string>; code: Record<string, string> }[];
}

type HostKind = 'loader' | 'pym' | 'plain' | 'sandbox' | 'strict-csp';

const pymFile = join(dirname(createRequire(import.meta.url).resolve('pym.js/package.json')), 'dist/pym.v1.min.js');

function hostPage(kind: HostKind, manifest: Manifest, lang: string, embedOrigin: string): string {
  const blocks = manifest.charts.map((chart) => {
    const code = rehome(chart.code[lang]!, embedOrigin);
    if (kind === 'pym') return `<div data-pym-src="${embedOrigin}${chart.embed[lang]}" data-pym-title="${chart.title[lang]}"></div>`;
    if (kind === 'plain') return code.split('\n')[0];
    if (kind === 'sandbox') return code.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
    return code;
  });
  const pym = kind === 'pym' ? '<script src="/pym.v1.min.js"></script>' : '';
  // A writer's page: text around the embeds, no margins, so an embed is as wide as the window.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
${blocks.map((block) => `<section><p>Some text before the chart.</p>${block}<p>Some text after it.</p></section>`).join('\n')}
${pym}</body></html>`;
}

/**
 * A writer's site on another origin (its own port), pasting every chart's code at /{kind}/{lang}: with our loader,
 * with pym.js's Parent, with no script, in sandboxed frames, or under a strict Content-Security-Policy of its own.
 */
export async function startHost(manifest: Manifest, embedOrigin: string): Promise<StaticServer> {
  const site = await madeUpSite();
  site.serve('/pym.v1.min.js', { body: readFileSync(pymFile) });
  for (const kind of ['loader', 'pym', 'plain', 'sandbox', 'strict-csp'] as const) {
    for (const lang of ['en', 'zh']) {
      const headers: Record<string, string> =
        kind === 'strict-csp'
          ? { 'Content-Security-Policy': `default-src 'none'; script-src ${embedOrigin}; frame-src ${embedOrigin}; style-src 'self'` }
          : {};
      site.serve(`/${kind}/${lang}`, { body: hostPage(kind, manifest, lang, embedOrigin), headers });
    }
  }
  return site;
}

/** For one spec file: reads the manifest and serves the host pages before its tests, and stops them after. */
export function hostPagesForFile(): { origin: string; manifest: Manifest } {
  const shared: { origin: string; manifest: Manifest } = { origin: '', manifest: { embedScript: '', charts: [] } };
  let host: StaticServer | undefined;
  test.beforeAll(async () => {
    const embedOrigin = new URL(test.info().project.use.baseURL!).origin;
    shared.manifest = (await (await fetch(`${embedOrigin}/charts/index.json`)).json()) as Manifest;
    host = await startHost(shared.manifest, embedOrigin);
    shared.origin = host.origin;
  });
  test.afterAll(() => host?.close());
  return shared;
}
