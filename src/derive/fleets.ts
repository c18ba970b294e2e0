/** An order or holding spread over several firms, as an average per firm (the FT's 100,000 over four). */
export function perFirmAverage(gpus: number, firms: number): number {
  if (firms <= 0) throw new RangeError('firms must be positive');
  return gpus / firms;
}
