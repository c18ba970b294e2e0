// The rules that keep "adding a chart touches one folder" true (docs/adding-a-chart.md), checked for every
// chart in the list of definitions (src/charts/registry.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { figureWidths, shortDrawing } from '../../src/charts/widths';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';

const root = join(__dirname, '../..');
const widths = Object.values(figureWidths);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const sourceFiles = filesUnder(join(root, 'src'))
  .map((path) => relative(root, path).split(sep).join('/'))
  .filter((path) => /\.(ts|astro|mjs)$/.test(path));

/** The folder of the chart each definition file sits in. */
const chartFolders = new Map(
  sourceFiles
    .map((path) => /^src\/charts\/([^/]+)\/([^/]+)\.definition\.ts$/.exec(path))
    .filter((match) => match !== null)
    .map((match) => [match[2]!, `src/charts/${match[1]!}/`]),
);

describe('the list of chart definitions', () => {
  test('holds each definition file under src/charts/<folder>/<id>.definition.ts, and a browser/<id>.update.ts beside it', () => {
    expect([...chartFolders.keys()].sort()).toEqual(charts.map((c) => c.id).sort());
    for (const chart of charts) expect(sourceFiles, chart.id).toContain(`${chartFolders.get(chart.id)!}browser/${chart.id}.update.ts`);
  });

  // The doc's promise, checked for every chart in the list: outside its folder, exactly the files of the doc's
  // table depend on it. The import rules of eslint.config.js (tests/unit/importBoundaries.test.ts) keep the rest out.
  const doc = readFileSync(join(root, 'docs/adding-a-chart.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## What a new chart touches'), doc.indexOf('\n## ', doc.indexOf('## What a new chart touches') + 1));
  const listed = [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!).filter((path) => !path.startsWith('src/charts/<'));
  const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(path);
  const contentFiles = filesUnder(join(root, 'src/content'))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((path) => !path.startsWith('src/content/posts/'));

  for (const chart of charts) {
    test(`${chart.id}: outside its folder, only the files docs/adding-a-chart.md lists depend on it`, () => {
      const folder = chartFolders.get(chart.id)!;
      const importers = sourceFiles.filter(
        (path) =>
          !path.startsWith(folder) && runtimeImports(join(root, path)).some((file) => relative(root, file).split(sep).join('/').startsWith(folder)),
      );
      const placed = contentFiles.filter((path) => path.endsWith('.mdx') && readFileSync(join(root, path), 'utf8').includes(`chart="${chart.id}"`));
      const titled = contentFiles.filter((path) => path.endsWith('.json') && chart.titleKey in JSON.parse(readFileSync(join(root, path), 'utf8')));
      const touched = [...importers, ...placed, ...titled];
      for (const path of touched)
        expect(
          listed.some((pattern) => matches(pattern, path)),
          `${path} is not in the doc's list`,
        ).toBe(true);
      for (const pattern of listed)
        expect(
          touched.some((path) => matches(pattern, path)),
          `the doc lists ${pattern}, which ${chart.id} does not touch`,
        ).toBe(true);
    });
  }
});

/** The modules a file loads when it runs: its imports and re-exports, less those of types only. */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms), ...code.matchAll(/^import\s+'([^']+)'/gm)].map(
    (m) => m[1]!,
  );
  return specifiers.flatMap((specifier) => {
    if (!specifier.startsWith('.')) return [specifier];
    const base = resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path) && path.endsWith('.ts'));
    return found ? [found] : [];
  });
}

// Exports load a chart's whole definition in the reader's browser: nothing it loads may read files.
test('a chart definition loads nothing that only runs in Node', () => {
  for (const chart of charts) {
    const start = join(root, `${chartFolders.get(chart.id)!}${chart.id}.definition.ts`);
    const seen = new Set<string>([start]);
    for (const file of seen) for (const next of runtimeImports(file)) if (next.startsWith('/')) seen.add(next);
    const nodeOnly = [...seen].filter((file) => runtimeImports(file).some((specifier) => specifier.startsWith('node:') || specifier === 'jsdom'));
    expect(
      nodeOnly.map((file) => relative(root, file)),
      chart.id,
    ).toEqual([]);
  }
});

describe('facts defined once', () => {
  const naming = (pattern: RegExp) => sourceFiles.filter((path) => pattern.test(readFileSync(join(root, path), 'utf8')));

  test('the story’s step ids are read from the MDX in one place (src/story/chartPlaces.ts)', () => {
    expect(naming(/<Step\\s|<Scrolly\\s|data-step-id="\(/)).toEqual(['src/story/chartPlaces.ts']);
  });

  test('the site’s address is worked out in one place (src/site/siteAddress.ts); everything else asks src/site/urls.ts', () => {
    expect(naming(/localhost|Astro\.site\b/)).toEqual(['src/site/siteAddress.ts']);
  });
});

const data = new Map(charts.map((chart) => [chart.id, chart.prepare(dataset())]));
const themes = ['light', 'dark'] as const;
const newDocument = () => new JSDOM('<!doctype html><html><body></body></html>').window.document;

describe('a chart definition’s height()', () => {
  for (const chart of charts) {
    test(`${chart.id}: is the drawn SVG's height at both widths, in both languages, at every step`, () => {
      const document = newDocument();
      for (const width of widths)
        for (const locale of locales)
          for (let step = 0; step < chart.stepCount; step++) {
            const svg = chart.render(data.get(chart.id), { width, locale, step, document });
            expect(Number(svg.getAttribute('height')), `${width} px, ${locale}, step ${step}`).toBe(chart.height(width, step));
          }
    });
    test(`${chart.id}: is the height asked for at the short drawing's widths, in both languages, at every step`, () => {
      const document = newDocument();
      const { height } = shortDrawing;
      for (const width of shortDrawing.widths)
        for (const locale of locales)
          for (let step = 0; step < chart.stepCount; step++) {
            const svg = chart.render(data.get(chart.id), { width, height, locale, step, document });
            expect([Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))], `${width} px, ${locale}, step ${step}`).toEqual([
              width,
              height,
            ]);
          }
    });
  }
});

// The page starts from the build's drawing and moves it step by step: where it lands must be what the build
// would have drawn for that step, or a reader would see marks the chart at that step does not have.
describe('moving to a step draws what rendering it outright draws', () => {
  // A mark as its tag, its attributes (in any order: an update may set them in another order than the first
  // drawing) and its contents.
  const canonical = (node: Node): string => {
    if (node.nodeType !== node.ELEMENT_NODE) return node.textContent ?? '';
    const element = node as Element;
    const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort();
    return `<${element.localName} ${attributes.join(' ')}>${[...element.childNodes].map(canonical).join('')}</${element.localName}>`;
  };
  const marks = (svg: SVGSVGElement) => [...svg.querySelectorAll('[data-mark]')].map(canonical).sort();
  for (const chart of charts) {
    for (const locale of locales) {
      test(`${chart.id}, ${locale}: each step reached from the first, and back, at both widths and the short drawing's, in both themes`, () => {
        const document = newDocument();
        const sizes: { width: number; height?: number }[] = [
          ...widths.map((width) => ({ width })),
          ...shortDrawing.widths.map((width) => ({ width, height: shortDrawing.height })),
        ];
        for (const [size, theme] of sizes.flatMap((size) => themes.map((theme) => [size, theme] as const))) {
          const width = `${size.width}${size.height ? `×${size.height}` : ''}`;
          const options = { ...size, locale, theme, idPrefix: 'moved' };
          const svg = chart.render(data.get(chart.id), { ...options, step: 0, document });
          const path = [...Array.from({ length: chart.stepCount }, (_, step) => step).slice(1), 0];
          for (const step of path) {
            chart.update(svg, data.get(chart.id), { ...options, step, duration: 0 });
            const outright = chart.render(data.get(chart.id), { ...options, step, document });
            expect(marks(svg), `${width} px, ${theme}, step ${step}`).toEqual(marks(outright));
            expect(svg.querySelector('desc')?.textContent, `${width} px, ${theme}, step ${step}`).toBe(outright.querySelector('desc')?.textContent);
          }
        }
      });
    }
  }
});
