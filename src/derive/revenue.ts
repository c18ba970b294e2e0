/** Revenue in USD billions, whatever unit the source printed it in. */
export function revenueInBillions(value: number, unit: 'usd_bn' | 'usd_m'): number {
  return unit === 'usd_m' ? value / 1000 : value;
}
