// The build-time files /charts/index.json offers other sites, as a static host serves them: from dist/, with the
// content type their file extension gives.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from 'vitest';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const utf8Bom = [0xef, 0xbb, 0xbf];

test('every build-time file /charts/index.json lists is served, in its language', () => {
  const { charts } = JSON.parse(readFileSync('dist/charts/index.json', 'utf8')) as {
    charts: { id: string; files: Record<string, Record<string, string>> }[];
  };
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    for (const [lang, files] of Object.entries(chart.files)) {
      expect(Object.keys(files).sort(), `${chart.id} ${lang}`).toEqual(['csv', 'json', 'png', 'svg']);
      for (const [format, path] of Object.entries(files)) {
        // The index lists root-relative paths; an absolute address would be served from the same dist/.
        const file = join('dist', decodeURIComponent(new URL(path, 'http://site.invalid').pathname));
        expect(existsSync(file) && statSync(file).isFile(), `${path}: no file at ${file}`).toBe(true);
        expect(extname(file), `${path}: the extension sets the content type`).toBe(`.${format}`);
        const bytes = readFileSync(file);
        if (format === 'png') expect([...bytes.subarray(0, 8)], `${path}: PNG signature`).toEqual(pngSignature);
        if (format === 'json') expect(() => JSON.parse(bytes.toString('utf8')), path).not.toThrow();
        // Spreadsheet programs read a CSV as UTF-8 only with the BOM, which the chart's own CSV download also starts with.
        if (format === 'csv') expect([...bytes.subarray(0, 3)], `${path}: UTF-8 BOM`).toEqual(utf8Bom);
        if (format === 'svg') expect(bytes.toString('utf8'), path).toContain(`lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`);
      }
    }
  }
});
