import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadAll } from '../../src/data';
import { DataError } from '../../src/data/DataError';
import { dataFiles, type DataFile } from '../../src/data/files';

/** A copy of data/ with one file changed by `edit`, so each test breaks exactly one thing. */
function dataWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function errorOf(dir: string): DataError {
  try {
    loadAll({ dir });
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected loadAll to fail');
}

describe('data loaders', () => {
  test('the committed data/ loads cleanly, every row with a source and a confidence', () => {
    const data = loadAll();
    expect(data.chips.length).toBeGreaterThanOrEqual(10);
    // sources.csv is what the others cite; every other file gives each row its sources and how sure it is.
    const cited = dataFiles.filter((file): file is Exclude<DataFile, { name: 'sources' }> => file.name !== 'sources');
    for (const file of cited) {
      for (const row of data[file.table]) {
        expect(row.source.length).toBeGreaterThan(0);
        expect(['verified', 'estimate', 'claim', 'computed']).toContain(row.confidence);
      }
    }
  });

  test('a missing column names the file, the header line and the column', () => {
    const dir = dataWith('chips.csv', (text) => text.replace('die_mm2,', 'die_area,'));
    const error = errorOf(dir);
    expect(error.message).toMatch(/chips\.csv line 1, field "die_mm2": expected this column in the header/);
  });

  test('a non-number names the line and the field and says a number was expected', () => {
    const dir = dataWith('chips.csv', (text) =>
      text.replace('a800,A800,NVIDIA,datacenter,answer-2022,2022-11-07,312,', 'a800,A800,NVIDIA,datacenter,answer-2022,2022-11-07,lots,'),
    );
    const error = errorOf(dir);
    expect(error.message).toMatch(/chips\.csv line 4, field "peak_16bit_tflops": expected a number or an empty cell, got "lots"$/);
    expect(error.line).toBe(4);
    expect(error.field).toBe('peak_16bit_tflops');
  });

  test('an unknown source id is refused with its line', () => {
    const dir = dataWith('thresholds.csv', (text) =>
      text.replace(
        'compute-2022,2022,bit_length_tops,4800,2022-10-07,bis-rule-2022',
        'compute-2022,2022,bit_length_tops,4800,2022-10-07,bis-rule-2099',
      ),
    );
    const error = errorOf(dir);
    expect(error.message).toMatch(/thresholds\.csv line 2, field "source": expected an id from sources\.csv, got "bis-rule-2099"/);
  });

  test('a duplicate key points at the second line and the first', () => {
    const dir = dataWith('chips.csv', (text) => text.replace(/^h100,/m, 'a100,'));
    const error = errorOf(dir);
    expect(error.message).toMatch(/chips\.csv line 3, field "id": expected a unique value, "a100" is already on line 2/);
  });

  test('an impossible date is refused', () => {
    const dir = dataWith('events.csv', (text) => text.replace(/^(huawei-entity-list),2019-05-15/m, '$1,2019-02-30'));
    const error = errorOf(dir);
    expect(error.field).toBe('date');
    expect(error.message).toMatch(/events\.csv line \d+, field "date": expected a date as YYYY-MM-DD, got "2019-02-30"/);
  });

  test('a scaled chip must name a chip with its own peaks, and must not type peaks of its own', () => {
    expect(errorOf(dataWith('chips.csv', (text) => text.replace(/,456,rtx4090,/, ',456,rtx9090,'))).message).toMatch(
      /chips\.csv line \d+, field "scaled_from": expected the id of a chip with its own peaks, got "rtx9090"/,
    );
    expect(errorOf(dataWith('chips.csv', (text) => text.replace(/^(rtx4090d,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*),,/m, '$1,294,'))).field).toBe(
      'scaled_from',
    );
    expect(errorOf(dataWith('chips.csv', (text) => text.replace(/,512,,/, ',,,'))).field).toBe('tensor_cores');
  });

  test('a scorecard reason is given in both languages or in neither', () => {
    const dir = dataWith('scorecard.csv', (text) => text.replace('2023 年属实，2025 年已反转。', ''));
    expect(errorOf(dir).message).toMatch(/scorecard\.csv line 2, field "reason_zh": expected a reason in both languages or in neither/);
  });

  test('a source is one of four kinds, and its address may be left empty but not be malformed', () => {
    expect(errorOf(dataWith('sources.csv', (text) => text.replace(/^bis-rule-2022,primary,/m, 'bis-rule-2022,blog,'))).message).toMatch(
      /field "kind": expected one of primary, outlet-of-record, trade-press, estimate-house, got "blog"/,
    );
    expect(errorOf(dataWith('sources.csv', (text) => text.replace('https://arxiv.org/abs/2407.21783', 'arxiv 2407.21783'))).field).toBe('url');
    expect(loadAll().sources.find((s) => s.id === 'reuters-raimondo-kyc')?.url).toBeUndefined();
  });

  test('an unknown confidence label lists the allowed ones', () => {
    const dir = dataWith('mmlu.csv', (text) => text.replace(/,verified,/, ',certain,'));
    expect(errorOf(dir).message).toMatch(/field "confidence": expected one of verified, estimate, claim, computed, got "certain"/);
  });
});
