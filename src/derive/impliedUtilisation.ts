/**
 * The utilisation a reported run implies: compute ÷ (GPU-hours × 3,600 × peak FLOP/s). The inverse of the
 * days-to-train formula, with GPUs × days replaced by the GPU-hours a lab reports.
 */
export function impliedUtilisation({ computeFlop, gpuHours, peakTflops }: { computeFlop: number; gpuHours: number; peakTflops: number }): number {
  if (gpuHours <= 0 || peakTflops <= 0) throw new RangeError('GPU-hours and peak throughput must be positive');
  return computeFlop / (gpuHours * 3_600 * peakTflops * 1e12);
}
