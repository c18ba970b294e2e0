import { wankaGpus } from '../data/constants';
import type { Dataset } from '../data';

/** One block of the cover's graphic stands for this many GPUs. */
export const gpusPerBlock = 1_000;

export type HeroBlock = 'claimed' | 'claimed-upper' | 'rest';

/**
 * The cover's picture: a 万卡 cluster (10,000 GPUs) as ten blocks of 1,000, the essay's 1,000–2,000 GPUs per big
 * firm filled in, its upper end hatched as the range it is. From data/gpu-fleets.csv, row essay-per-firm-claim.
 */
export function heroBlocks(data: Pick<Dataset, 'gpuFleets'>): HeroBlock[] {
  const claim = data.gpuFleets.find((f) => f.id === 'essay-per-firm-claim');
  if (!claim) throw new Error('data/gpu-fleets.csv has no row "essay-per-firm-claim" for the cover');
  return Array.from({ length: wankaGpus / gpusPerBlock }, (_, i) => {
    const upTo = (i + 1) * gpusPerBlock;
    return upTo <= claim.gpus_low ? 'claimed' : upTo <= claim.gpus_high ? 'claimed-upper' : 'rest';
  });
}
