import { describe, expect, test } from 'vitest';
import { prepareChipThresholds } from '../../src/charts/chipThresholds/prepare';
import { describeChipThresholds, reasonClauses } from '../../src/charts/chipThresholds/describe';
import { loadAll } from '../../src/data';
import { reasonUnder2022, reasonUnder2023 } from '../../src/derive/exportControls';

const data = prepareChipThresholds(loadAll());
const chip = (id: string) => data.chips.find((c) => c.id === id)!;

describe('why each chip stands where it does', () => {
  test('the L2 escapes the 2023 rule on TPP alone: its density is well above the 3.2 tier', () => {
    const l2 = chip('l2');
    expect(Math.round(l2.tpp)).toBe(1544);
    expect(l2.density).toBeCloseTo(5.24, 2);
    expect(reasonUnder2023(l2, data.thresholds)).toBe('under-tpp-floor');
  });

  test('the H20 and L20 sit under both notification tiers', () => {
    expect(reasonUnder2023(chip('h20'), data.thresholds)).toBe('under-notify-tiers');
    expect(reasonUnder2023(chip('l20'), data.thresholds)).toBe('under-notify-tiers');
  });

  test('the RTX 4090D is judged by TPP alone, as a gaming card', () => {
    expect(reasonUnder2023(chip('rtx4090d'), data.thresholds)).toBe('consumer-under-tpp');
  });

  test('the A800 and H800 escape the 2022 rule on the transfer rate, not on compute', () => {
    expect(reasonUnder2022(chip('a800'), data.thresholds)).toBe('under-io');
    expect(reasonUnder2022(chip('h800'), data.thresholds)).toBe('under-io');
    expect(reasonUnder2022(chip('a100'), data.thresholds)).toBe('controlled');
  });
});

describe('the captions are written from the computed status', () => {
  test('the last step says the L2 is under the 1,600 floor and gives its density, in both languages', () => {
    const en = describeChipThresholds(data, 3, 'en');
    expect(en).toContain("the L2's TPP of 1,544 is under the 1,600 floor, so its density of 5.24");
    expect(en).not.toMatch(/L2[^;]*below the density tiers/);
    expect(describeChipThresholds(data, 3, 'zh')).toContain('L2 的 TPP 为 1,544，低于 1,600 的下限');
  });

  test('the 2022 steps name the rule’s own tests, not TPP', () => {
    for (const step of [0, 1]) expect(describeChipThresholds(data, step, 'en')).not.toMatch(/\bTPP\b/);
    expect(describeChipThresholds(data, 1, 'en')).toContain('transfer rate of 400 GB/s is under 600');
  });

  test('the H100 is counted at 15,831, as the chart draws it', () => {
    expect(Math.round(chip('h100').tpp)).toBe(15831);
  });

  test('a chip moved over a line changes the sentence', () => {
    const moved = { ...data, chips: data.chips.map((c) => (c.id === 'l2' ? { ...c, tpp: 1700 } : c)) };
    expect(reasonClauses(moved, 'answer-2023', '2023', 'en').join(' ')).toContain('the L2 (TPP 1,700, density 5.24) needs a notification');
  });
});
