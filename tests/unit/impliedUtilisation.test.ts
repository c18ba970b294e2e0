import { describe, expect, test } from 'vitest';
import { prepareTrainingDays } from '../../src/charts/trainingDays/prepare';
import { dataset } from '../../src/data';
import { impliedUtilisation } from '../../src/derive/impliedUtilisation';
import { trainingDays } from '../../src/derive/trainingDays';

const data = prepareTrainingDays(dataset());
const run = (id: string) => data.runs.find((r) => r.id === id)!;

describe('the calculator’s published runs', () => {
  test('DeepSeek-V3’s compute is 6 × 37B active parameters × 14.8T tokens, about 3.3×10²⁴ FLOP', () => {
    const v3 = data.models.find((m) => m.id === 'deepseek-v3')!;
    expect(v3.computeFlop).toBeCloseTo(3.2856e24, -20);
    expect(v3.params).toBe(37e9);
  });

  test('DeepSeek-V3 is less than a tenth of the 3.8×10²⁵ that Meta reports for Llama 3.1 405B (its own figure, not an estimate)', () => {
    const v3 = data.models.find((m) => m.id === 'deepseek-v3')!;
    const llama = data.models.find((m) => m.id === 'llama-31-405b')!;
    expect(llama).toMatchObject({ computeFlop: 3.8e25, confidence: 'verified' });
    expect(dataset().modelCompute.find((m) => m.id === 'llama-31-405b')!.source).toEqual(['arxiv-llama3']);
    expect(v3.computeFlop / llama.computeFlop).toBeLessThan(0.1);
  });

  test('its 2.788M H800 GPU-hours imply about 33% of the H800’s dense 16-bit peak', () => {
    expect(run('deepseek-v3')).toMatchObject({ model: 'deepseek-v3', chip: 'h800', gpus: 2_048, gpuHours: 2.788e6 });
    expect(run('deepseek-v3').utilisation).toBeCloseTo(0.331, 3);
  });

  test('against the FP8 peak V3 mostly trained at, twice the 16-bit one, the same hours imply about 17%', () => {
    const v3 = data.models.find((m) => m.id === 'deepseek-v3')!;
    const fp8 = impliedUtilisation({ computeFlop: v3.computeFlop, gpuHours: 2.788e6, peakTflops: 1978.9 });
    expect(fp8).toBeCloseTo(0.165, 3);
    expect(fp8).toBeCloseTo(run('deepseek-v3').utilisation! / 2, 3);
  });

  test('implied utilisation is the days formula run backwards: the same run takes its reported hours', () => {
    const run = { computeFlop: 3.2856e24, gpus: 2_048, peakTflops: 989.4 };
    const utilisation = impliedUtilisation({ computeFlop: run.computeFlop, gpuHours: 2.788e6, peakTflops: run.peakTflops });
    expect(trainingDays({ ...run, utilisation }) * 24 * run.gpus).toBeCloseTo(2.788e6, 0);
    expect(() => impliedUtilisation({ computeFlop: 1, gpuHours: 0, peakTflops: 1 })).toThrow(RangeError);
  });

  test('Llama 3.1 405B loads on 16,384 H100s, with no utilisation claimed since no GPU-hours are recorded', () => {
    expect(run('llama-31-405b')).toMatchObject({ chip: 'h100', gpus: 16_384, utilisation: undefined });
  });

  test('the chip list holds the H20 beside the A100, H100 and H800', () => {
    expect(data.chips.map((c) => c.id)).toEqual(['a100', 'h100', 'h800', 'h20']);
  });
});
