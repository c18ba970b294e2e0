import { describe, expect, test } from 'vitest';
import { dataset } from '../../src/data';
import { scaledPeaks } from '../../src/data/chips';
import { prepareChipThresholds } from '../../src/charts/chipThresholds/prepare';
import { performanceDensity, totalProcessingPerformance } from '../../src/derive/tpp';

const data = dataset();
const chips = Object.fromEntries(prepareChipThresholds(data).chips.map((chip) => [chip.id, chip]));

describe('TPP and performance density (FACTS.md, section B)', () => {
  test('TPP is the larger of 16 × the 16-bit peak and 8 × the 8-bit peak', () => {
    expect(totalProcessingPerformance({ peak_16bit_tflops: 312, peak_8bit_tops: 624, tpp_reported: undefined })).toBe(4992);
    expect(chips['h100']!.tpp).toBeCloseTo(15_831, 0);
    expect(chips['h20']!.tpp).toBe(2368);
    expect(chips['l20']!.tpp).toBe(1912);
    expect(chips['l2']!.tpp).toBe(1544);
    expect(chips['l40s']!.tpp).toBe(5864);
    expect(Math.round(chips['rtx4090']!.tpp)).toBe(5285);
  });

  test('the RTX 4090D’s TPP is computed, not reported: the 4090’s datasheet peaks scaled to 456 of its 512 Tensor cores, about 4,707', () => {
    const d = data.chips.find((c) => c.id === 'rtx4090d')!;
    expect(d).toMatchObject({ scaled_from: 'rtx4090', tensor_cores: 456, tpp_reported: undefined, confidence: 'computed' });
    expect(d.peak_8bit_tops).toBeCloseTo(660.6 * (456 / 512), 6);
    expect(chips['rtx4090d']!.tpp).toBeCloseTo(chips['rtx4090']!.tpp * (456 / 512), 6);
    expect(Math.round(chips['rtx4090d']!.tpp)).toBe(4707);
    // Not credited to a source that gave only core counts: the Register for the cut, Nvidia's whitepaper for the peaks.
    expect(d.source).toEqual(['register-4090d', 'nvidia-ada-whitepaper']);
  });

  test('a scaled chip needs the Tensor-core counts of both chips', () => {
    expect(scaledPeaks({ peak_16bit_tflops: 330.3, peak_8bit_tops: 660.6, tensor_cores: 512 }, 456).peak_8bit_tops).toBeCloseTo(588.35, 2);
    expect(() => scaledPeaks({ peak_16bit_tflops: 1, peak_8bit_tops: 1, tensor_cores: undefined }, 1)).toThrow(/Tensor-core count/);
  });

  test('performance density is TPP per mm² of die', () => {
    expect(performanceDensity(4992, 826)).toBeCloseTo(6.04, 2);
    expect(chips['h100']!.density).toBeCloseTo(19.4, 1);
    expect(chips['h20']!.density).toBeCloseTo(2.91, 2);
    expect(chips['l20']!.density).toBeCloseTo(3.14, 2);
    expect(performanceDensity(100, undefined)).toBeUndefined();
  });
});

describe('status under each rule (FACTS.md, section B3)', () => {
  test('the October 2022 rule controls the A100 and H100 and lets the A800 and H800 through', () => {
    expect(chips['a100']!.status2022).toBe('controlled');
    expect(chips['h100']!.status2022).toBe('controlled');
    expect(chips['a800']!.status2022).toBe('outside');
    expect(chips['h800']!.status2022).toBe('outside');
  });

  test('the October 2023 rule catches the A800, H800, L40S and RTX 4090', () => {
    for (const id of ['a100', 'a800', 'h100', 'h800', 'l40s', 'rtx4090']) expect(chips[id]!.status2023, id).toBe('controlled');
  });

  test("Nvidia's answers to 2023 sit outside it: H20, L20, L2 and the consumer RTX 4090D", () => {
    for (const id of ['h20', 'l20', 'l2', 'rtx4090d']) expect(chips[id]!.status2023, id).toBe('outside');
  });
});
