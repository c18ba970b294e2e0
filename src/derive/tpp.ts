import type { Chip } from '../data/chips';

/**
 * Total processing performance as the 2023 rule defines it: 2 × MacTOPS × bit length, at the precision
 * that gives the highest value. Datasheet dense TOPS/TFLOPS already count 2 × MACs.
 */
export function totalProcessingPerformance(chip: Pick<Chip, 'peak_16bit_tflops' | 'peak_8bit_tops' | 'tpp_reported'>): number {
  const candidates = [
    chip.peak_16bit_tflops === undefined ? undefined : chip.peak_16bit_tflops * 16,
    chip.peak_8bit_tops === undefined ? undefined : chip.peak_8bit_tops * 8,
  ].filter((value): value is number => value !== undefined);
  if (candidates.length > 0) return Math.max(...candidates);
  if (chip.tpp_reported !== undefined) return chip.tpp_reported;
  throw new Error('a chip needs a peak throughput or a reported TPP');
}

/** Performance density: TPP per square millimetre of die. */
export function performanceDensity(tpp: number, dieMm2: number | undefined): number | undefined {
  return dieMm2 === undefined || dieMm2 <= 0 ? undefined : tpp / dieMm2;
}
