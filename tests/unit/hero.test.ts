import { describe, expect, test } from 'vitest';
import { wankaGpus } from '../../src/data/constants';
import { dataset } from '../../src/data';
import { gpusPerBlock, heroBlocks } from '../../src/story/hero';

describe('the cover’s picture', () => {
  test('a 万卡 cluster is ten blocks of 1,000 GPUs; the essay’s 1,000–2,000 fills the first and, as its upper end, the second', () => {
    expect(wankaGpus / gpusPerBlock).toBe(10);
    expect(heroBlocks(dataset())).toEqual(['claimed', 'claimed-upper', ...Array<string>(8).fill('rest')]);
  });

  test('the blocks follow data/gpu-fleets.csv, not numbers of their own', () => {
    const data = { gpuFleets: dataset().gpuFleets.map((f) => (f.id === 'essay-per-firm-claim' ? { ...f, gpus_low: 2000, gpus_high: 4000 } : f)) };
    expect(heroBlocks(data).filter((b) => b !== 'rest')).toEqual(['claimed', 'claimed', 'claimed-upper', 'claimed-upper']);
  });
});
