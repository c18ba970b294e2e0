import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { nodeExportFile, type NodeExportOptions } from '../../src/export/nodeExport';
import { svgToPng } from '../../src/export/png';
import { pngFontFiles } from '../../src/export/pngFonts';
import { locales } from '../../src/i18n/locales';
import { launchOptions } from '../support/chromium';
import { commandExists, fontconfigEnvironment, mismatchPercent, renderInChromium, renderWithInkscape, renderWithRsvg } from '../tools/svgRenderers';

/**
 * Above this share of differing pixels a renderer drew something else. Measured on these charts, the renderers
 * differ from Chromium by 0.1–0.5%: glyph edges, and Chromium closing up pairs of Chinese punctuation.
 */
const tolerance = 1;

const folder = mkdtempSync(join(tmpdir(), 'export-renderers-'));
const env = fontconfigEnvironment(folder, pngFontFiles());
const hasInkscape = await commandExists('inkscape');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const { args, ...options } = launchOptions();
  // Chromium places glyphs at whole pixels here, as librsvg and resvg do; the fonts come from the shared setup.
  browser = await chromium.launch({ ...options, args: [...args, '--disable-font-subpixel-positioning'], env: env as Record<string, string> });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function exportToFile(
  options: Omit<NodeExportOptions, 'site'>,
  name: string,
): Promise<{ svg: string; file: string; width: number; height: number }> {
  const svg = (await nodeExportFile({ ...options, site: 'https://charts.example.org' }, 'svg')) as string;
  const file = join(folder, `${name}.svg`);
  writeFileSync(file, svg);
  const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number) as [number, number, number];
  return { svg, file, width, height };
}

const cases = [
  ...charts.flatMap((chart) => locales.map((locale) => ({ name: `${chart.id}-${locale}`, options: { chartId: chart.id, locale } }))),
  {
    name: 'chip-thresholds-zh-dark-phone',
    options: { chartId: 'chip-thresholds', locale: 'zh' as const, theme: 'dark' as const, layout: 'phone' as const, step: 1 },
  },
];

describe('an exported SVG looks the same in librsvg and resvg as in Chromium', () => {
  for (const { name, options } of cases) {
    test(
      name,
      async () => {
        const { svg, file, width, height } = await exportToFile(options, name);
        const reference = await renderInChromium(page, file, width, height);
        await renderWithRsvg(file, join(folder, `${name}-rsvg.png`), env);
        const rsvg = readFileSync(join(folder, `${name}-rsvg.png`));
        const resvg = await svgToPng(svg, options.locale, { scale: 1 });
        expect(await mismatchPercent(page, reference, rsvg), 'librsvg').toBeLessThan(tolerance);
        expect(await mismatchPercent(page, reference, resvg), 'resvg').toBeLessThan(tolerance);
      },
      60_000,
    );
  }

  test('and the comparison catches a style that browsers apply and other renderers do not', async () => {
    const { svg, file, width, height } = await exportToFile({ chartId: 'timeline', locale: 'en' }, 'where-selector');
    // Plot's default stylesheet relies on :where(), which librsvg and resvg ignore.
    const broken = svg.replace(/(<svg[^>]*>)/, '$1<style>:where(#background) { fill: #202020 }</style>');
    writeFileSync(file, broken);
    const reference = await renderInChromium(page, file, width, height);
    expect(await mismatchPercent(page, reference, await svgToPng(broken, 'en', { scale: 1 }))).toBeGreaterThan(tolerance * 10);
  }, 60_000);
});

describe('an exported SVG looks the same in Inkscape as in Chromium', () => {
  const inkscapeCases = cases.filter(({ options }) => options.chartId === 'chip-thresholds' || options.chartId === 'nvidia-segments');
  for (const { name, options } of inkscapeCases) {
    const title = hasInkscape ? name : `${name} (skipped: no inkscape on PATH; on Debian, apt-get install inkscape)`;
    test.skipIf(!hasInkscape)(
      title,
      async () => {
        const { file, width, height } = await exportToFile(options, `${name}-inkscape`);
        const reference = await renderInChromium(page, file, width, height);
        await renderWithInkscape(file, join(folder, `${name}-inkscape.png`), env);
        expect(await mismatchPercent(page, reference, readFileSync(join(folder, `${name}-inkscape.png`)))).toBeLessThan(tolerance);
      },
      120_000,
    );
  }
});
