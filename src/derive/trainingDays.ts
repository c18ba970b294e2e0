const secondsPerDay = 86_400;

export interface TrainingRun {
  /** Total training compute in FLOP. */
  computeFlop: number;
  gpus: number;
  /** Peak dense throughput of one GPU in TFLOP/s. */
  peakTflops: number;
  /** Model FLOP utilisation, 0 to 1. */
  utilisation: number;
}

/** days = compute ÷ (GPUs × peak FLOP/s × utilisation × 86,400) */
export function trainingDays({ computeFlop, gpus, peakTflops, utilisation }: TrainingRun): number {
  if (gpus <= 0 || peakTflops <= 0 || utilisation <= 0) throw new RangeError('GPUs, peak throughput and utilisation must be positive');
  return computeFlop / (gpus * peakTflops * 1e12 * utilisation * secondsPerDay);
}
