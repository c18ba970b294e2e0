import { csvParseRows } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { exportData, type ChartExportRequest } from '../../src/export/exportChart';
import { nodeExportRequest } from '../../src/export/nodeExport';
import { locales, type Locale } from '../../src/i18n/locales';

const site = 'https://charts.example.org';
const request = (chartId: string, locale: Locale, extra: Partial<ChartExportRequest> = {}) => ({
  ...nodeExportRequest({ chartId, locale, site }),
  ...extra,
});
const files = (chartId: string, locale: Locale, extra: Partial<ChartExportRequest> = {}) => {
  const { csv, json } = exportData(request(chartId, locale, extra), `${chartId}.csv`);
  const rows = csvParseRows(csv.replace(/^\uFEFF/, ''));
  return {
    csv,
    rows,
    header: rows[0]!,
    body: rows.slice(1),
    meta: JSON.parse(json) as Record<string, unknown> & {
      columns: { key: string; label: string; formula?: string }[];
      sources: { id: string; publisher: string; title: string; date: string; url?: string }[];
      rows: number;
    },
  };
};

describe('the CSV of a chart', () => {
  test('starts with a UTF-8 byte-order mark, so that Excel reads the Chinese headers', () => {
    const { csv } = files('chip-thresholds', 'zh');
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('heads each column with its label in the chart’s language and its stable key', () => {
    expect(files('chip-thresholds', 'en').header.slice(0, 3)).toEqual(['ID [id]', 'Chip [chip]', 'TPP [tpp]']);
    expect(files('chip-thresholds', 'zh').header.slice(0, 3)).toEqual(['编号 [id]', '芯片 [chip]', 'TPP [tpp]']);
    for (const chart of charts) {
      const keys = (locale: Locale) => files(chart.id, locale).header.map((cell) => /\[(\w+)\]$/.exec(cell)?.[1]);
      expect(keys('zh'), chart.id).toEqual(keys('en'));
      expect(keys('en').slice(-3), chart.id).toEqual(['confidence', 'sources', 'source_urls']);
    }
  });

  for (const chart of charts) {
    test(`${chart.id} has one row per mark, each with its confidence and sources`, () => {
      for (const locale of locales) {
        const { header, body, meta } = files(chart.id, locale);
        expect(body.length, 'the count of rows is checked by the chart’s own tests').toBeGreaterThan(0);
        expect(meta.rows).toBe(body.length);
        const at = (key: string) => header.findIndex((cell) => cell.endsWith(`[${key}]`));
        for (const row of body) {
          expect(row.length).toBe(header.length);
          expect(row[at('confidence')]).not.toBe('');
          expect(row[at('sources')]).toMatch(/^[\w-]+( [\w-]+)*$/);
          // A source whose own address is not known is named in sources and has no address to list.
          expect(row[at('source_urls')]).toMatch(/^(https?:\/\/\S+( https?:\/\/\S+)*)?$/);
        }
        expect(new Set(body.map((row) => row[at('id')])).size, 'ids are unique').toBe(body.length);
      }
    });
  }

  test('gives numbers as a spreadsheet reads them, and labels in the chart’s language', () => {
    const { header, body } = files('chip-thresholds', 'zh');
    const h20 = body.find((row) => row[0] === 'h20')!;
    expect(h20[header.indexOf('TPP [tpp]')]).toBe('2368');
    expect(h20.join(',')).toContain('不受管制');
  });

  test('for the calculator, ends with the reader’s own run when they set one', () => {
    const inputs = { model: 'gpt-4', chip: 'h20', gpus: 2000, utilisation: 0.4 };
    const { header, body, meta } = files('training-days', 'en', { inputs });
    const last = body.at(-1)!;
    const cell = (key: string) => last[header.findIndex((c) => c.endsWith(`[${key}]`))];
    expect(cell('id')).toBe('reader-run');
    expect(cell('run')).toBe('Your own run');
    expect([cell('chip'), cell('gpus'), cell('utilisation')]).toEqual(['H20', '2000', '0.4']);
    expect(Number(cell('days'))).toBeGreaterThan(365);
    expect(meta['inputs']).toEqual(inputs);
    expect(files('training-days', 'en').body.at(-1)![0]).toBe('step-6');
  });
});

describe('the JSON beside the CSV', () => {
  test('lists every source the rows cite, with its address', () => {
    for (const chart of charts) {
      const { header, body, meta } = files(chart.id, 'en');
      const cited = new Set(body.flatMap((row) => row[header.indexOf('Sources [sources]')]!.split(' ')));
      const listed = new Set(meta.sources.map((s) => s.id));
      for (const id of cited) expect(listed.has(id), `${chart.id}: ${id}`).toBe(true);
      for (const source of meta.sources) {
        expect(source.publisher && source.title && source.date, source.id).toBeTruthy();
        if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
      }
    }
  });

  test('gives the formula of every derived column, in the chart’s language', () => {
    const formulas = (chartId: string, locale: Locale) =>
      Object.fromEntries(
        files(chartId, locale)
          .meta.columns.filter((c) => c.formula)
          .map((c) => [c.key, c.formula]),
      );
    expect(Object.keys(formulas('chip-thresholds', 'en'))).toEqual(['tpp', 'density']);
    expect(Object.keys(formulas('training-days', 'en'))).toEqual(['training_compute_flop', 'days']);
    expect(Object.keys(formulas('gpu-fleets', 'en'))).toEqual(['per_firm_average']);
    expect(formulas('training-days', 'zh')['days']).toMatch(/[\u4e00-\u9fff]/);
  });

  test('says under which licence, how to cite it, and which step it describes', () => {
    const { meta } = files('nvidia-segments', 'zh', { step: 1 });
    expect(meta['licence']).toMatchObject({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(meta['citation']).toContain(`${site}/zh/#nvidia-segments-caption`);
    expect(meta['step']).toEqual({ number: 2, of: 3 });
    expect(meta['language']).toBe('zh-CN');
    expect(meta['file']).toBe('nvidia-segments.csv');
  });
});
