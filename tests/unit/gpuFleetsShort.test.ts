import { describe, expect, test } from 'vitest';
import { fleetsLayout } from '../../src/charts/gpuFleets/layout';
import { prepareFleetsView, prepareGpuFleets } from '../../src/charts/gpuFleets/prepare';
import { runsView } from '../../src/charts/gpuFleets/runsView';
import { rowIds } from '../../src/charts/gpuFleets/steps';
import { fleetDate, holderName, shortHolderName } from '../../src/charts/gpuFleets/text';
import { legendItems } from '../../src/charts/gpuFleets/update';
import { palettes } from '../../src/charts/shared/theme';
import { shortDrawing } from '../../src/charts/widths';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/ui';

// The GPU counts on a phone held sideways: every row on one line at 280 px tall, so that ten rows fit at a legible size.
const views = { 'gpu-fleets': prepareGpuFleets(dataset()), 'gpu-runs': prepareFleetsView(dataset(), runsView) };

describe.each(Object.entries(views))('%s, drawn short', (_, data) => {
  for (const locale of locales) {
    const t = translator(locale);
    const legendLabels = legendItems(data, t, palettes.light).map((item) => item.label);
    for (const width of shortDrawing.widths) {
      const layout = fleetsLayout(data, { width, height: shortDrawing.height, locale, t, legendLabels });

      test(`${locale} at ${width}×${shortDrawing.height}: each name sits on its marks' line, but the FT's four firms, above theirs`, () => {
        const above = layout.rows.filter((row) => !row.inline).map((row) => row.fleet.id);
        expect(above).toEqual(data.fleets.some((f) => f.id === rowIds.ft) ? [rowIds.ft] : []);
        for (const row of layout.rows) {
          expect(row.nameLines).toHaveLength(1);
          // The full name where it fits, else the one data/gpu-fleets.csv cuts down; the month is left to the card and the table.
          expect([holderName(row.fleet, locale), shortHolderName(row.fleet, locale)]).toContain(row.nameLines[0]);
          expect(row.nameLines[0]).not.toContain(fleetDate(row.fleet, locale));
        }
      });

      test(`${locale} at ${width}×${shortDrawing.height}: rows stay in order between the 万卡 label and the axis, and rows a line apart`, () => {
        expect(layout.short).toBe(true);
        const ys = layout.rows.map((row) => row.markY);
        expect(ys).toEqual([...ys].sort((a, b) => a - b));
        expect(ys[0]! - 9).toBeGreaterThanOrEqual(layout.plotTop);
        expect(ys.at(-1)! + 9).toBeLessThanOrEqual(layout.plotBottom);
        // Marks 12 px tall, names and values 12 px: rows nearer than 18 px would touch.
        const gaps = ys.slice(1).map((y, i) => y - ys[i]!);
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(18);
      });
    }
  }
});

test('a short screen keeps a full name where it fits: the later record’s xAI Colossus rows have no short one', () => {
  const data = views['gpu-runs'];
  for (const id of ['colossus-2024', 'colossus-2025']) {
    const fleet = data.fleets.find((f) => f.id === id)!;
    expect(shortHolderName(fleet, 'en')).toBe(holderName(fleet, 'en'));
  }
  const run = data.fleets.find((f) => f.id === 'deepseek-v3-run')!;
  expect(shortHolderName(run, 'en')).toBe('DeepSeek-V3');
});
